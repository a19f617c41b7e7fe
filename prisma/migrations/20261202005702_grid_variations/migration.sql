-- AlterEnum
ALTER TYPE "ImageKind" ADD VALUE 'grid';

-- AlterTable
ALTER TABLE "Batch" ADD COLUMN     "variationsMode" TEXT NOT NULL DEFAULT 'separate';

-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "sourceImageId" TEXT;

-- AddForeignKey
ALTER TABLE "Image" ADD CONSTRAINT "Image_sourceImageId_fkey" FOREIGN KEY ("sourceImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;
