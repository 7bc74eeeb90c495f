// npm run content:build -- --input <file.md> [--json]
// Compiles one FAQ file without a database and prints its entries, cards, questions and warnings.
// A deck.yaml (and overrides.yaml) next to the file is used when present.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { compileDeck, type CompiledDeck } from "../lib/content/compile-deck";
import { ContentError } from "../lib/content/content-error";
import { deckPreview } from "../lib/content/deck-preview";
import { MANIFEST_FILE } from "../lib/content/deck-manifest";
import { OVERRIDES_FILE } from "../lib/content/overrides";

const { values } = parseArgs({
  options: { input: { type: "string", short: "i" }, json: { type: "boolean", default: false } },
});
if (!values.input) {
  console.error("Usage: npm run content:build -- --input <file.md> [--json]");
  process.exit(2);
}

const input = values.input;
const dir = path.dirname(input);
const beside = (name: string) =>
  existsSync(path.join(dir, name)) ? { path: path.join(dir, name), bytes: readFileSync(path.join(dir, name)) } : null;
const slug =
  path
    .basename(existsSync(path.join(dir, MANIFEST_FILE)) ? path.resolve(dir) : input, ".md")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "") || "deck";

let deck: CompiledDeck;
try {
  if (!existsSync(input)) throw new ContentError(input, null, "file not found");
  deck = compileDeck({
    slug,
    manifest: beside(MANIFEST_FILE),
    overrides: beside(OVERRIDES_FILE),
    faqs: [{ path: input, bytes: readFileSync(input) }],
  });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}

if (values.json) {
  console.log(
    JSON.stringify(
      {
        ...deckPreview(deck),
        warnings: deck.warnings.map(({ line, message, dropped }) => ({ line, message, ...(dropped && { dropped }) })),
      },
      null,
      2,
    ),
  );
} else {
  for (const entry of deck.entries) {
    console.log(`\n[${entry.id}] (${entry.kind}, line ${entry.line}) ${entry.question}`);
    for (const card of deck.cards.filter((c) => c.entryId === entry.id))
      console.log(`  card ${card.id}  ${card.front.replace(/\n/g, " ")}`);
    for (const q of deck.questions.filter((q) => q.entryId === entry.id)) {
      console.log(`  question ${q.id}  ${q.stem}`);
      q.options.forEach((o, i) => console.log(`    ${i === q.answer ? "*" : " "} ${o}`));
    }
  }
  console.log(
    `\n${deck.entries.length} entries, ${deck.cards.length} cards, ${deck.questions.length} questions, ${deck.warnings.length} warnings` +
      ` (${deck.warnings.filter((w) => w.dropped).length} about text left out)`,
  );
}
// On stderr in both modes, so that text left out of every entry is never missed.
for (const w of deck.warnings) console.warn(`warning: ${w.file}:${w.line}: ${w.message}`);
