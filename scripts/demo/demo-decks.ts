// The decks the demo learner studies: a big synthetic deck, imported together with the real decks
// of the content folder (importDecks archives every deck it is not given).
import { compileDeck } from "../../lib/content/compile-deck";
import { ContentError } from "../../lib/content/content-error";
import { importDecks, previousEntriesBySlug } from "../../server/content/import-decks";
import { CONTENT_DIR, readContentDir } from "../../server/content/read-content-dir";
import type { Database } from "../../server/db/connection";
import { syntheticFaq } from "../bench/synthetic-faq";

export const DEMO_DECK_SLUG = "demo-synthetic";
const DEMO_DECK_TITLE = "Demo: synthetic FAQ (年度演示)";

/** Compiles and imports the synthetic deck and every content deck; unchanged decks are left alone. */
export async function importDemoDecks(db: Database, syntheticEntries: number, now: Date): Promise<void> {
  const sources = readContentDir();
  if (sources.length === 0)
    throw new ContentError(CONTENT_DIR, null, "no deck found; the real decks would be archived");
  const previous = await previousEntriesBySlug(db);
  const synthetic = compileDeck(
    {
      slug: DEMO_DECK_SLUG,
      // A JSON string is a YAML string too; the title has a colon.
      manifest: {
        path: `${DEMO_DECK_SLUG}/deck.yaml`,
        bytes: Buffer.from(
          `title: ${JSON.stringify(DEMO_DECK_TITLE)}\nlanguage: zh-CN\ndescription: Generated for the demo learner.\n`,
        ),
      },
      faqs: [{ path: `${DEMO_DECK_SLUG}/faq.md`, bytes: Buffer.from(syntheticFaq(syntheticEntries, DEMO_DECK_SLUG)) }],
    },
    previous.get(DEMO_DECK_SLUG),
  );
  const content = sources
    .filter((s) => s.slug !== DEMO_DECK_SLUG)
    .map((source) => compileDeck(source, previous.get(source.slug)));
  await importDecks(db, [...content, synthetic], now);
}
