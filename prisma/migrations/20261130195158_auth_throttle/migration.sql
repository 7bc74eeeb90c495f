-- CreateTable
CREATE TABLE "AuthThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL,
    "lastFailedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "AuthThrottle_lastFailedAt_idx" ON "AuthThrottle"("lastFailedAt");
