-- AlterTable
ALTER TABLE "Deck" ADD COLUMN "compileWarnings" TEXT;
ALTER TABLE "Deck" ADD COLUMN "incompleteSince" DATETIME;
