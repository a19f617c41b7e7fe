-- AlterTable
ALTER TABLE "JobRun" ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "lockedBy" TEXT,
ADD COLUMN     "lockedUntil" TIMESTAMP(3),
ADD COLUMN     "output" JSONB,
ADD COLUMN     "parentRunId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_functionId_dedupeKey_key" ON "JobRun"("functionId", "dedupeKey");
