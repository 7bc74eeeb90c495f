// The quiz answers part of `npm run content:report -- --database[=<url>]`: per deck, how its
// questions work in practice (lib/quiz/item-statistics), over every learner's finished quizzes.
import { flaggedItems, MIN_ANSWERS_TO_FLAG } from "../lib/quiz/item-statistics";
import type { Database } from "../server/db/connection";
import { deckQuestionQuality } from "../server/quiz/question-quality";

const pct = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);

export async function printQuestionStatistics(db: Database, slug: string, shown: number): Promise<void> {
  const deck = await db.deck.findUnique({ where: { slug }, select: { id: true } });
  if (!deck) {
    console.log("  quiz answers: the deck is not in the database");
    return;
  }
  const questions = await deckQuestionQuality(db, deck.id, { teamId: null });
  const answers = questions.reduce((sum, q) => sum + q.answers, 0);
  const judged = questions.filter((q) => q.answers >= MIN_ANSWERS_TO_FLAG);
  const flagged = flaggedItems(questions);
  const rare = judged.reduce((sum, q) => sum + q.nonFunctionalDistractors.length, 0);
  console.log(
    `  quiz answers: ${answers}; questions with ${MIN_ANSWERS_TO_FLAG} or more: ${judged.length} of ${questions.length}`,
  );
  console.log(`  flagged questions: ${flagged.length}; distractors picked by under 5%: ${rare}`);
  for (const q of flagged.slice(0, shown))
    console.log(
      `    ⚑ ${q.questionId}: ${q.flags.join(", ")} (${q.answers} answers, ${pct(q.facility)} right, discrimination ${q.discrimination?.toFixed(2) ?? "–"})`,
    );
  if (flagged.length > shown) console.log(`    ⚑ … and ${flagged.length - shown} more`);
}
