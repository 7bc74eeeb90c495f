// The order of an attempt: which questions, in which order, each with its options in which order.
// Seeded, so the same seed always gives the same attempt; stored, so a reload shows it unchanged.
import { seededRandom, shuffled } from "@/lib/content/seeded-random";
import type { QuizSize } from "./sizes";

export type QuizCandidate = { id: string; entryId: string; optionCount: number };
/** `optionOrder[displayIndex]` is the index of that option in the question's stored options. */
export type PlannedQuestion = { questionId: string; optionOrder: number[] };

export function planAttempt(candidates: readonly QuizCandidate[], size: QuizSize, seed: string): PlannedQuestion[] {
  const random = seededRandom(seed);
  const limit = size === "all" ? candidates.length : Number(size);
  // One question per entry before a second one from any entry, so a short quiz covers more of the deck.
  const seenEntries = new Set<string>();
  const firsts: QuizCandidate[] = [];
  const seconds: QuizCandidate[] = [];
  for (const candidate of shuffled(candidates, random)) {
    (seenEntries.has(candidate.entryId) ? seconds : firsts).push(candidate);
    seenEntries.add(candidate.entryId);
  }
  return [...firsts, ...seconds].slice(0, limit).map((q) => ({
    questionId: q.id,
    optionOrder: shuffled(
      Array.from({ length: q.optionCount }, (_, i) => i),
      random,
    ),
  }));
}

export function storedIndex(question: PlannedQuestion, displayIndex: number): number | null {
  return question.optionOrder[displayIndex] ?? null;
}

export function displayIndex(question: PlannedQuestion, stored: number): number {
  return question.optionOrder.indexOf(stored);
}
