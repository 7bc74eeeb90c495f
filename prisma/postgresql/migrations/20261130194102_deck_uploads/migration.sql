-- CreateTable
CREATE TABLE "DeckUpload" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeckUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeckUpload_userId_createdAt_idx" ON "DeckUpload"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "DeckUpload" ADD CONSTRAINT "DeckUpload_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
