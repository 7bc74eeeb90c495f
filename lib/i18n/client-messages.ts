// The message namespaces that client components read. Only these are sent to the browser with each
// page (the rest are used on the server); client-messages.test.ts checks that none is missing.
export const CLIENT_NAMESPACES = [
  "auth",
  "dailyUse",
  "deck",
  "deckImport",
  "followUp",
  "fsrs",
  "loadBalancing",
  "quiz",
  "settings",
  "study",
  "studySession",
  "teamContent",
  "teamOnboarding",
  "teams",
  "workload",
] as const;

/** The part of a message catalogue that client components need. */
export function clientMessages(messages: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((name) => name in messages).map((name) => [name, messages[name]]));
}
