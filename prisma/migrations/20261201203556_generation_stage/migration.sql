-- CreateEnum
CREATE TYPE "GenerationStage" AS ENUM ('queued', 'generating', 'thumbnail', 'saving', 'done', 'failed');

-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "currentIndex" INTEGER;

-- Data: display labels ("generating 2/4") become the stage name plus the image's 0-based index.
UPDATE "Generation"
SET "currentIndex" = CAST(substring("stage" FROM ' ([0-9]+)/[0-9]+$') AS INTEGER) - 1
WHERE "stage" ~ ' [0-9]+/[0-9]+$';

UPDATE "Generation" SET "stage" = split_part("stage", ' ', 1);

-- Anything else unknown follows the generation's status.
UPDATE "Generation"
SET "stage" = CASE "status"
  WHEN 'pending' THEN 'queued'
  WHEN 'processing' THEN 'generating'
  WHEN 'completed' THEN 'done'
  ELSE 'failed'
END
WHERE "stage" NOT IN ('queued', 'generating', 'thumbnail', 'saving', 'done', 'failed');

-- AlterColumn: keep the rows, change the type
ALTER TABLE "Generation" ALTER COLUMN "stage" DROP DEFAULT;
ALTER TABLE "Generation" ALTER COLUMN "stage" TYPE "GenerationStage" USING ("stage"::"GenerationStage");
ALTER TABLE "Generation" ALTER COLUMN "stage" SET DEFAULT 'queued';
