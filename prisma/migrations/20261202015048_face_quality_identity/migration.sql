-- AlterTable
ALTER TABLE "Avatar" ADD COLUMN     "seedDescriptor" JSONB;

-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "identity" JSONB,
ADD COLUMN     "quality" JSONB;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "identityThreshold" DOUBLE PRECISION NOT NULL DEFAULT 0.7;
