-- AlterTable
ALTER TABLE "Batch" ADD COLUMN     "unitPriceUsd" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "unitPriceUsd" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "quotaImagesPerMonth" INTEGER,
ADD COLUMN     "quotaUsdPerMonth" DOUBLE PRECISION;
