-- CreateIndex
CREATE INDEX "UserCard_userId_entryId_deckId_state_stability_lastReview_due_suspended_idx" ON "UserCard"("userId", "entryId", "deckId", "state", "stability", "lastReview", "due", "suspended");
