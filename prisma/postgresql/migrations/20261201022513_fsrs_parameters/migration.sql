-- CreateTable
CREATE TABLE "FsrsParameters" (
    "userId" TEXT NOT NULL,
    "parameters" TEXT,
    "fittedAt" TIMESTAMP(3),
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "logLossDefault" DOUBLE PRECISION,
    "rmseBinsDefault" DOUBLE PRECISION,
    "logLossFitted" DOUBLE PRECISION,
    "rmseBinsFitted" DOUBLE PRECISION,
    "fitStartedAt" TIMESTAMP(3),
    "lastOutcome" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FsrsParameters_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "FsrsParameters" ADD CONSTRAINT "FsrsParameters_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
