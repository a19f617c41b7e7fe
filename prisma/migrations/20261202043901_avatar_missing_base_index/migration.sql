-- CreateIndex
CREATE INDEX "Avatar_projectId_baseImageId_idx" ON "Avatar"("projectId", "baseImageId");
