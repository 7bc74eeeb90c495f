import { notFound } from "next/navigation";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { findDeck } from "@/server/queries/decks";
import { attemptView } from "@/server/quiz/quiz-service";
import { answerQuizAction } from "../../actions";
import { QuizResult } from "./quiz-result";
import { QuizRunner } from "./quiz-runner";
import { pageTitle } from "@/app/page-title";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("quiz", "title");

/** One of the learner's attempts: the questions while it runs, the result once every question is answered. */
export default async function AttemptPage({ params }: Props) {
  const user = await requireUser();
  const attempt = await attemptView(db, user.id, (await params).id);
  if (!attempt) notFound();
  if (attempt.finishedAt) return <QuizResult attempt={{ ...attempt, finishedAt: attempt.finishedAt }} />;
  // Questions of a team deck can be reported to the team's admins.
  const deck = await findDeck(attempt.deck.slug);
  return (
    <QuizRunner
      attemptId={attempt.id}
      deck={attempt.deck}
      topic={attempt.topic}
      initialQuestions={attempt.questions}
      answerAction={answerQuizAction}
      reportDeckId={deck?.teamId ? deck.id : null}
    />
  );
}
