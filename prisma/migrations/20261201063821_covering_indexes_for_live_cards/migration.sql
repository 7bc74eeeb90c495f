-- CreateIndex
CREATE INDEX "Entry_id_archivedAt_idx" ON "Entry"("id", "archivedAt");

-- CreateIndex
CREATE INDEX "Card_id_archivedAt_entryId_idx" ON "Card"("id", "archivedAt", "entryId");

-- CreateIndex
CREATE INDEX "UserCard_userId_deckId_state_suspended_cardId_idx" ON "UserCard"("userId", "deckId", "state", "suspended", "cardId");
