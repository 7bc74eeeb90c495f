-- CreateTable
CREATE TABLE "FsrsParameters" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "parameters" TEXT,
    "fittedAt" DATETIME,
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "logLossDefault" REAL,
    "rmseBinsDefault" REAL,
    "logLossFitted" REAL,
    "rmseBinsFitted" REAL,
    "fitStartedAt" DATETIME,
    "lastOutcome" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FsrsParameters_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
