/** The anchor of an entry on its deck page. */
export function entryAnchor(entryId: string): string {
  return `entry-${entryId.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

export function entryHref(deckSlug: string, entryId: string): string {
  return `/decks/${deckSlug}#${entryAnchor(entryId)}`;
}
