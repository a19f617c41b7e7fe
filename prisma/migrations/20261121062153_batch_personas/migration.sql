-- CreateEnum
CREATE TYPE "BatchPersonaStatus" AS ENUM ('pending', 'running', 'succeeded', 'failed');

-- CreateTable
CREATE TABLE "BatchPersona" (
    "avatarId" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "status" "BatchPersonaStatus" NOT NULL DEFAULT 'pending',
    "stage" TEXT,
    "errorMessage" TEXT,
    "baseGenerationId" TEXT,
    "variationsGenerationId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BatchPersona_pkey" PRIMARY KEY ("avatarId")
);

-- CreateIndex
CREATE INDEX "BatchPersona_batchId_status_idx" ON "BatchPersona"("batchId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "BatchPersona_batchId_index_key" ON "BatchPersona"("batchId", "index");

-- AddForeignKey
ALTER TABLE "BatchPersona" ADD CONSTRAINT "BatchPersona_avatarId_fkey" FOREIGN KEY ("avatarId") REFERENCES "Avatar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BatchPersona" ADD CONSTRAINT "BatchPersona_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
