-- CreateIndex
CREATE INDEX "Assignment_deckId_idx" ON "Assignment"("deckId");
