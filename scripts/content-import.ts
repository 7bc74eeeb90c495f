// npm run content:import — compiles every deck under content/ and writes it to the database.
// All decks are compiled before anything is written: one bad file changes nothing.
import { compileDeck } from "../lib/content/compile-deck";
import { ContentError } from "../lib/content/content-error";
import { importDecks } from "../server/content/import-decks";
import { readContentDir } from "../server/content/read-content-dir";
import { createDatabase } from "../server/db/connection";

let compiled;
try {
  compiled = readContentDir().map(compileDeck);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`Content import failed, nothing was changed:\n  ${error.message}`);
  process.exit(1);
}
for (const deck of compiled) {
  for (const w of deck.warnings) console.warn(`warning: ${w.file}:${w.line}: ${w.message}`);
}
const db = createDatabase();
try {
  for (const outcome of await importDecks(db, compiled)) {
    console.log(`deck ${outcome.slug}: ${outcome.status}, ${outcome.entries} entries${outcome.archived ? `, ${outcome.archived} archived` : ""}`);
  }
} finally {
  await db.$disconnect();
}
