// npm run content:report — per deck: how much of it a learner can be quizzed on, and its quality:
// entries with and without a multiple-choice question (and why), options with markup or prefixes,
// questions breaking the option rules, card backs over 300 characters, and dropped blocks.
// CONTENT_DIR=<dir> reports on another content folder. Exits 1 when an option or rule check fails.
// With --database (DATABASE_URL's database, or --database=<url>) it adds each deck's quiz figures:
// answers, and the questions flagged as too easy, too hard or discriminating negatively.
import { compileDeck } from "../lib/content/compile-deck";
import { ContentError } from "../lib/content/content-error";
import { deckQuality } from "../lib/content/deck-quality";
import { CARD_KINDS, MAX_BACK } from "../lib/content/generate-cards";
import { longestIsCorrectShare } from "../lib/content/question-rules";
import { readContentDir } from "../server/content/read-content-dir";
import { createDatabase } from "../server/db/connection";
import { databaseTarget } from "../server/db/database-url";
import { printQuestionStatistics } from "./question-statistics-report";

const percent = (part: number, whole: number) => `${whole ? Math.round((part / whole) * 100) : 0}%`;
const SHOWN = 8;

const databaseArg = process.argv.slice(2).find((a) => a === "--database" || a.startsWith("--database="));
const db = databaseArg
  ? createDatabase(databaseTarget(databaseArg.includes("=") ? databaseArg.slice("--database=".length) : undefined))
  : null;

let failures = 0;
for (const source of readContentDir()) {
  let deck;
  try {
    deck = compileDeck(source);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    failures++;
    console.log(`\n${source.slug}: ${error.message}`);
    continue;
  }
  const q = deckQuality(deck);
  const byKind = CARD_KINDS.map((kind) => `${kind} ${deck.cards.filter((c) => c.kind === kind).length}`).join(", ");
  const questionKinds = Object.entries(q.questionsByKind)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(", ");
  console.log(`\n${deck.slug} — ${deck.manifest.title}`);
  console.log(`  ${q.entries} entries; ${deck.cards.length} cards (${byKind})`);
  console.log(`  ${deck.questions.length} multiple-choice questions (${questionKinds || "none"})`);
  console.log(`  entries with a question: ${q.withQuestion} of ${q.entries} (${percent(q.withQuestion, q.entries)})`);
  for (const { reason, questions } of q.unasked) {
    console.log(`  no question (${questions.length}): ${reason}`);
    for (const question of questions.slice(0, SHOWN)) console.log(`      · ${question}`);
    if (questions.length > SHOWN) console.log(`      · … and ${questions.length - SHOWN} more`);
  }
  console.log(
    `  right option is the longest in ${percent(longestIsCorrectShare(deck.questions) * 100, 100)} of questions`,
  );
  console.log(`  options with markup, prefixes or other problems: ${q.dirtyOptions.length}`);
  for (const d of q.dirtyOptions) console.log(`    ✖ ${d.questionId}: "${d.option}" (${d.problem})`);
  for (const r of q.ruleBreaks) console.log(`    ✖ ${r.questionId}: ${r.problems.join("; ")}`);
  console.log(`  median basic back: ${q.medianBasicBack} characters; backs over ${MAX_BACK}: ${q.longBacks.length}`);
  for (const b of q.longBacks.slice(0, SHOWN)) console.log(`      · ${b.cardId} (${b.length})`);
  console.log(`  entries without a card (the answer only points elsewhere): ${q.uncarded.length}`);
  for (const question of q.uncarded.slice(0, SHOWN)) console.log(`      · ${question}`);
  console.log(`  dropped blocks and other warnings: ${q.dropped.length}`);
  for (const w of q.dropped) console.log(`    warning: ${w.file}${w.line ? `:${w.line}` : ""}: ${w.message}`);
  if (db) await printQuestionStatistics(db, deck.slug, SHOWN);
  failures += q.dirtyOptions.length + q.ruleBreaks.length;
}
await db?.$disconnect();
console.log(failures ? `\n${failures} problem(s) found.` : "\nAll options are clean text and follow the option rules.");
process.exitCode = failures ? 1 : 0;
