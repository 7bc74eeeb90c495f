// The message namespaces that client components read, for each part of the app (the first folder
// under app/). A part's layout sends only its own to the browser with each of its pages (the rest
// are used on the server); client-messages.test.ts checks each list against the components the
// part imports.
export const CLIENT_NAMESPACES = {
  "(auth)": ["auth"],
  account: ["followUp"],
  decks: ["dailyUse", "deck", "deckImport"],
  join: ["teams"],
  progress: ["quiz"],
  quiz: ["dailyUse", "quiz", "teamContent"],
  reports: ["teamContent"],
  settings: ["fsrs", "loadBalancing", "settings", "workload"],
  study: ["study", "studySession", "teamContent"],
  teams: ["followUp", "teamContent", "teamOnboarding", "teams", "workload"],
} as const satisfies Record<string, readonly string[]>;

export type AppPart = keyof typeof CLIENT_NAMESPACES;

/** The part of a message catalogue that the client components of `part` need. */
export function clientMessages(messages: Record<string, unknown>, part: AppPart): Record<string, unknown> {
  const names: readonly string[] = CLIENT_NAMESPACES[part];
  return Object.fromEntries(names.filter((name) => name in messages).map((name) => [name, messages[name]]));
}
