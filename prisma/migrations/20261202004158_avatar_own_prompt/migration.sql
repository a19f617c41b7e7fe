-- AlterTable
ALTER TABLE "Avatar" ADD COLUMN     "negativePrompt" TEXT,
ADD COLUMN     "prompt" TEXT;
