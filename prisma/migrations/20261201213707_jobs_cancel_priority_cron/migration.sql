-- AlterEnum
ALTER TYPE "BatchPersonaStatus" ADD VALUE 'cancelled';

-- AlterEnum
ALTER TYPE "BatchStatus" ADD VALUE 'cancelled';

-- AlterEnum
ALTER TYPE "GenerationStage" ADD VALUE 'cancelled';

-- AlterEnum
ALTER TYPE "GenerationStatus" ADD VALUE 'cancelled';

-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "startedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "JobRun" ADD COLUMN     "finishedAt" TIMESTAMP(3),
ADD COLUMN     "priority" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "JobCron" (
    "functionId" TEXT NOT NULL,
    "expression" TEXT NOT NULL,
    "lastTickAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobCron_pkey" PRIMARY KEY ("functionId","expression")
);

-- CreateIndex
CREATE INDEX "Batch_userId_createdAt_idx" ON "Batch"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Generation_batchId_status_idx" ON "Generation"("batchId", "status");

-- CreateIndex
CREATE INDEX "Generation_userId_createdAt_idx" ON "Generation"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "JobRun_status_finishedAt_idx" ON "JobRun"("status", "finishedAt");

-- CreateIndex
CREATE INDEX "JobRun_parentRunId_idx" ON "JobRun"("parentRunId");

-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "batchRun" BOOLEAN NOT NULL DEFAULT false;

-- Generations the batch job made before this column existed: the ones its personas point to.
UPDATE "Generation" AS g SET "batchRun" = true
WHERE EXISTS (SELECT 1 FROM "BatchPersona" AS p WHERE p."baseGenerationId" = g."id" OR p."variationsGenerationId" = g."id");
