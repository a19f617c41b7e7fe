-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "waitingUntil" TIMESTAMP(3);
