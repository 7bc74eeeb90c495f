-- AlterTable
ALTER TABLE "StudySettings" ADD COLUMN     "easyDays" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "loadBalancing" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "UserCard_userId_due_idx" ON "UserCard"("userId", "due");
