// Keeps an entry's id when its question gets a small wording fix, so learner history follows it.
import { normalizeQuestion } from "./parse-faq";

export type PreviousEntry = { id: string; question: string };

const SIMILAR_ENOUGH = 0.75;

/** Dice coefficient over character bigrams of the normalized texts (0 to 1). */
export function questionSimilarity(a: string, b: string): number {
  const grams = (s: string) => {
    const n = normalizeQuestion(s);
    const out = new Map<string, number>();
    for (let i = 0; i < n.length - 1; i++) out.set(n.slice(i, i + 2), (out.get(n.slice(i, i + 2)) ?? 0) + 1);
    return { out, total: Math.max(n.length - 1, 0) };
  };
  const ga = grams(a);
  const gb = grams(b);
  if (ga.total === 0 || gb.total === 0) return normalizeQuestion(a) === normalizeQuestion(b) ? 1 : 0;
  let shared = 0;
  for (const [g, count] of ga.out) shared += Math.min(count, gb.out.get(g) ?? 0);
  return (2 * shared) / (ga.total + gb.total);
}

/**
 * For each new entry whose derived id is unknown, reuse the id of the most similar previous entry
 * that no new entry claims, when the questions are similar enough. Explicit ids are never touched.
 */
export function reconcileIds<T extends { id: string; question: string; explicit: boolean }>(
  next: T[],
  previous: PreviousEntry[],
): T[] {
  const claimed = new Set(next.map((e) => e.id));
  const free = previous.filter((p) => !claimed.has(p.id));
  return next.map((entry) => {
    if (entry.explicit || previous.some((p) => p.id === entry.id)) return entry;
    let best: { p: PreviousEntry; score: number } | null = null;
    for (const p of free) {
      const score = questionSimilarity(entry.question, p.question);
      if (score >= SIMILAR_ENOUGH && (!best || score > best.score)) best = { p, score };
    }
    if (!best) return entry;
    free.splice(free.indexOf(best.p), 1);
    return { ...entry, id: best.p.id };
  });
}
