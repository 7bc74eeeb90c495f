// npm run content:import — compiles every deck under content/ and writes it to the database.
// All decks are compiled before anything is written: one bad file changes nothing.
import { compileDeck, type CompiledDeck } from "../lib/content/compile-deck";
import { ContentError } from "../lib/content/content-error";
import { importDecks, previousEntriesBySlug } from "../server/content/import-decks";
import { CONTENT_DIR, readContentDir } from "../server/content/read-content-dir";
import { createDatabase } from "../server/db/connection";

const db = createDatabase();
try {
  const previous = await previousEntriesBySlug(db);
  let compiled: CompiledDeck[];
  try {
    const sources = readContentDir();
    // An empty or mistyped CONTENT_DIR would otherwise archive every deck.
    if (sources.length === 0)
      throw new ContentError(
        CONTENT_DIR,
        null,
        "no deck found (a deck is a folder with a deck.yaml and .md files); nothing was changed",
      );
    compiled = sources.map((source) => compileDeck(source, previous.get(source.slug)));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`Content import failed; nothing was changed.\n  ${error.message}`);
    process.exitCode = 1;
    compiled = [];
  }
  for (const w of compiled.flatMap((d) => d.warnings)) console.warn(`warning: ${w.file}:${w.line}: ${w.message}`);
  if (!process.exitCode) {
    for (const o of await importDecks(db, compiled, new Date())) {
      console.log(
        `deck ${o.slug}: ${o.status}, ${o.entries} entries, ${o.cards} cards, ${o.questions} questions${o.archived ? `, ${o.archived} archived` : ""}`,
      );
    }
  }
} finally {
  await db.$disconnect();
}
