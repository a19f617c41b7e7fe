-- CreateIndex
CREATE INDEX "Avatar_projectId_baseImageStatus_createdAt_idx" ON "Avatar"("projectId", "baseImageStatus", "createdAt");

-- CreateIndex
CREATE INDEX "Avatar_projectId_name_idx" ON "Avatar"("projectId", "name");
