-- AlterTable
ALTER TABLE "Batch" ADD COLUMN     "costDoneUsd" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- What existing batches' images cost, as refreshBatchCounters now keeps it: each image of a persona's base
-- or variations generation at that generation's price.
UPDATE "Batch" b SET "costDoneUsd" = COALESCE((
  SELECT SUM(g."unitPriceUsd")
  FROM "BatchPersona" bp
  JOIN "Generation" g ON g."id" = bp."baseGenerationId" OR g."id" = bp."variationsGenerationId"
  JOIN "Image" i ON i."generationId" = g."id"
  WHERE bp."batchId" = b."id"
), 0);
