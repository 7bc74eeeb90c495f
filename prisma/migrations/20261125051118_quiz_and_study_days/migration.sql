-- CreateTable
CREATE TABLE "QuizAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "topic" TEXT,
    "clientAttemptId" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "questionCount" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "correctCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "QuizAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuizAttempt_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuizAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "attemptId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "chosenIndex" INTEGER NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "answeredAt" DATETIME NOT NULL,
    CONSTRAINT "QuizAnswer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "QuizAttempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuizAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables (edited: reviews made before this migration get their UTC date as study day)
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "userCardId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "clientReviewId" TEXT NOT NULL,
    "grade" TEXT NOT NULL,
    "stateBefore" TEXT NOT NULL,
    "stateAfter" TEXT NOT NULL,
    "logDue" DATETIME NOT NULL,
    "stabilityBefore" REAL NOT NULL,
    "difficultyBefore" REAL NOT NULL,
    "scheduledDaysBefore" INTEGER NOT NULL,
    "learningStepsBefore" INTEGER NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "lastElapsedDays" INTEGER NOT NULL,
    "stabilityAfter" REAL NOT NULL,
    "difficultyAfter" REAL NOT NULL,
    "scheduledDaysAfter" INTEGER NOT NULL,
    "dueAfter" DATETIME NOT NULL,
    "reviewedAt" DATETIME NOT NULL,
    "studyDay" TEXT NOT NULL,
    "durationMs" INTEGER,
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_userCardId_fkey" FOREIGN KEY ("userCardId") REFERENCES "UserCard" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReviewLog" ("clientReviewId", "deckId", "difficultyAfter", "difficultyBefore", "dueAfter", "durationMs", "elapsedDays", "grade", "id", "lastElapsedDays", "learningStepsBefore", "logDue", "reviewedAt", "scheduledDaysAfter", "scheduledDaysBefore", "stabilityAfter", "stabilityBefore", "stateAfter", "stateBefore", "userCardId", "userId", "studyDay") SELECT "clientReviewId", "deckId", "difficultyAfter", "difficultyBefore", "dueAfter", "durationMs", "elapsedDays", "grade", "id", "lastElapsedDays", "learningStepsBefore", "logDue", "reviewedAt", "scheduledDaysAfter", "scheduledDaysBefore", "stabilityAfter", "stabilityBefore", "stateAfter", "stateBefore", "userCardId", "userId", substr("reviewedAt", 1, 10) FROM "ReviewLog";
DROP TABLE "ReviewLog";
ALTER TABLE "new_ReviewLog" RENAME TO "ReviewLog";
CREATE INDEX "ReviewLog_userId_deckId_reviewedAt_idx" ON "ReviewLog"("userId", "deckId", "reviewedAt");
CREATE INDEX "ReviewLog_userId_studyDay_stateBefore_grade_idx" ON "ReviewLog"("userId", "studyDay", "stateBefore", "grade");
CREATE INDEX "ReviewLog_userCardId_reviewedAt_idx" ON "ReviewLog"("userCardId", "reviewedAt");
CREATE UNIQUE INDEX "ReviewLog_userId_clientReviewId_key" ON "ReviewLog"("userId", "clientReviewId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "QuizAttempt_userId_startedAt_idx" ON "QuizAttempt"("userId", "startedAt");

-- CreateIndex
CREATE INDEX "QuizAttempt_deckId_startedAt_idx" ON "QuizAttempt"("deckId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_userId_clientAttemptId_key" ON "QuizAttempt"("userId", "clientAttemptId");

-- CreateIndex
CREATE INDEX "QuizAnswer_questionId_correct_idx" ON "QuizAnswer"("questionId", "correct");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAnswer_attemptId_questionId_key" ON "QuizAnswer"("attemptId", "questionId");
