// npm run content:report — per deck: cards by kind, and every question that breaks the option rules.
import { compileDeck } from "../lib/content/compile-deck";
import { ContentError } from "../lib/content/content-error";
import { CARD_KINDS } from "../lib/content/generate-cards";
import { longestIsCorrectShare, questionProblems } from "../lib/content/question-rules";
import { readContentDir } from "../server/content/read-content-dir";

let broken = 0;
for (const source of readContentDir()) {
  try {
    const deck = compileDeck(source);
    const byKind = CARD_KINDS.map((kind) => `${kind} ${deck.cards.filter((c) => c.kind === kind).length}`).join(", ");
    console.log(`\n${deck.slug} — ${deck.manifest.title}`);
    console.log(
      `  ${deck.entries.length} entries; ${deck.cards.length} cards (${byKind}); ${deck.questions.length} questions`,
    );
    console.log(
      `  right option is the longest in ${(longestIsCorrectShare(deck.questions) * 100).toFixed(0)}% of questions`,
    );
    for (const w of deck.warnings) console.log(`  warning: ${w.file}:${w.line}: ${w.message}`);
    for (const q of deck.questions) {
      const problems = questionProblems(q);
      if (problems.length === 0) continue;
      broken++;
      console.log(`  ✖ ${q.id}: ${q.stem}\n      ${problems.join("; ")}`);
    }
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    broken++;
    console.log(`\n${source.slug}: ${error.message}`);
  }
}
console.log(broken ? `\n${broken} problem(s) found.` : "\nAll questions follow the option rules.");
process.exitCode = broken ? 1 : 0;
