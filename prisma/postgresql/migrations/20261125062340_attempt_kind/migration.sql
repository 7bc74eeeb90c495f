-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'quiz';
