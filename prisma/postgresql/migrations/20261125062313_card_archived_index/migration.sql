-- CreateIndex
CREATE INDEX "Card_archivedAt_idx" ON "Card"("archivedAt");
