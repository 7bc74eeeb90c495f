import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { MANIFEST_FILE } from "@/lib/content/deck-manifest";
import { OVERRIDES_FILE } from "@/lib/content/overrides";
import type { DeckSource } from "@/lib/content/compile-deck";

export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? "content");

/** Every folder under content/ with a deck.yaml is a deck; its .md files are its FAQs, overrides.yaml its corrections. */
export function readContentDir(dir = CONTENT_DIR): DeckSource[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, MANIFEST_FILE)))
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const deckDir = path.join(dir, slug);
      const read = (name: string) => ({
        path: path.relative(process.cwd(), path.join(deckDir, name)),
        bytes: readFileSync(path.join(deckDir, name)),
      });
      return {
        slug,
        manifest: read(MANIFEST_FILE),
        overrides: existsSync(path.join(deckDir, OVERRIDES_FILE)) ? read(OVERRIDES_FILE) : null,
        faqs: readdirSync(deckDir)
          .filter((name) => name.toLowerCase().endsWith(".md") && name.toLowerCase() !== "readme.md")
          .sort()
          .map(read),
      };
    });
}
