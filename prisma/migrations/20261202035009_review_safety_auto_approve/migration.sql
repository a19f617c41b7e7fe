-- CreateEnum
CREATE TYPE "ImageReview" AS ENUM ('needs_review', 'kept');

-- AlterEnum
ALTER TYPE "BatchPersonaStatus" ADD VALUE 'needs_review';

-- AlterTable
ALTER TABLE "Batch" ADD COLUMN     "autoApprove" TEXT NOT NULL DEFAULT 'if-quality-good';

-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "review" "ImageReview",
ADD COLUMN     "safety" JSONB;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "allowExplicit" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "autoApprove" TEXT NOT NULL DEFAULT 'if-quality-good',
ADD COLUMN     "maxIdentityRetries" INTEGER NOT NULL DEFAULT 2;

-- CreateIndex
CREATE INDEX "Image_review_idx" ON "Image"("review");
