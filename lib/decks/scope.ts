/** "Deck · Topic" for something about one topic of a deck, else the deck's title. */
export function scopeTitle(deckTitle: string, topic: string | null | undefined): string {
  return topic ? `${deckTitle} · ${topic}` : deckTitle;
}
