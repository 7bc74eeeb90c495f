-- AlterTable
ALTER TABLE "Deck" ADD COLUMN     "compileWarnings" TEXT,
ADD COLUMN     "incompleteSince" TIMESTAMP(3);
