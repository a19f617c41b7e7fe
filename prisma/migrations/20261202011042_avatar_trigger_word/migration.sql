-- AlterTable
ALTER TABLE "Avatar" ADD COLUMN     "triggerWord" TEXT;
