-- CreateIndex
CREATE INDEX "ReviewLog_userId_reviewedAt_id_idx" ON "ReviewLog"("userId", "reviewedAt", "id");
