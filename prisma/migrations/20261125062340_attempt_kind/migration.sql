-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_QuizAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "topic" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'quiz',
    "clientAttemptId" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "questionCount" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "correctCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "QuizAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuizAttempt_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_QuizAttempt" ("clientAttemptId", "correctCount", "deckId", "finishedAt", "id", "plan", "questionCount", "startedAt", "topic", "userId") SELECT "clientAttemptId", "correctCount", "deckId", "finishedAt", "id", "plan", "questionCount", "startedAt", "topic", "userId" FROM "QuizAttempt";
DROP TABLE "QuizAttempt";
ALTER TABLE "new_QuizAttempt" RENAME TO "QuizAttempt";
CREATE INDEX "QuizAttempt_userId_startedAt_idx" ON "QuizAttempt"("userId", "startedAt");
CREATE INDEX "QuizAttempt_deckId_startedAt_idx" ON "QuizAttempt"("deckId", "startedAt");
CREATE UNIQUE INDEX "QuizAttempt_userId_clientAttemptId_key" ON "QuizAttempt"("userId", "clientAttemptId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
