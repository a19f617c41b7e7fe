-- CreateTable
CREATE TABLE "IdentityRetry" (
    "generationId" TEXT NOT NULL,
    "imageIndex" INTEGER NOT NULL,
    "attempt" INTEGER NOT NULL,
    "seed" INTEGER NOT NULL,
    "unitPriceUsd" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdentityRetry_pkey" PRIMARY KEY ("generationId","imageIndex","attempt")
);

-- CreateIndex
CREATE INDEX "IdentityRetry_createdAt_idx" ON "IdentityRetry"("createdAt");

-- AddForeignKey
ALTER TABLE "IdentityRetry" ADD CONSTRAINT "IdentityRetry_generationId_fkey" FOREIGN KEY ("generationId") REFERENCES "Generation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
