// Classical item analysis of multiple-choice questions: how many answer right (facility), whether
// the learners who do well on the whole quiz get the item right more often than those who do
// badly (discrimination), and which options are ever picked.

/** One answer to a question, with the score (share right, 0 to 1) of the whole attempt it was given in. */
export type ItemResponse = { questionId: string; chosenIndex: number; correct: boolean; attemptScore: number };

export type ItemKey = { questionId: string; optionCount: number; answerIndex: number };

export type ItemFlag = "too-easy" | "too-hard" | "negative-discrimination";

export type ItemStatistics = {
  questionId: string;
  answers: number;
  /** Share of answers that were right; null without answers. */
  facility: number | null;
  /** Facility in the upper 27 % of answers (ranked by attempt score) minus the lower 27 %; null below 2 answers. */
  discrimination: number | null;
  /** Per stored option, the share of answers that picked it. */
  pickRates: number[];
  /** Wrong options picked by fewer than 5 % of answers (only judged from MIN_ANSWERS_TO_FLAG answers on). */
  nonFunctionalDistractors: number[];
  flags: ItemFlag[];
};

/** Below this many answers nothing is flagged: a handful of attempts says little about an item. */
export const MIN_ANSWERS_TO_FLAG = 20;
export const TOO_EASY_ABOVE = 0.9;
export const TOO_HARD_BELOW = 0.3;
export const NON_FUNCTIONAL_BELOW = 0.05;
const GROUP_SHARE = 0.27;

export function itemStatistics(keys: ItemKey[], responses: ItemResponse[]): ItemStatistics[] {
  const byQuestion = new Map<string, ItemResponse[]>(keys.map((k) => [k.questionId, []]));
  for (const r of responses) byQuestion.get(r.questionId)?.push(r);
  return keys.map((key) => statisticsOf(key, byQuestion.get(key.questionId)!));
}

function statisticsOf(key: ItemKey, responses: ItemResponse[]): ItemStatistics {
  const answers = responses.length;
  const picks = Array.from({ length: key.optionCount }, () => 0);
  for (const r of responses) if (r.chosenIndex >= 0 && r.chosenIndex < picks.length) picks[r.chosenIndex]! += 1;
  const pickRates = picks.map((count) => (answers === 0 ? 0 : count / answers));
  const facility = answers === 0 ? null : responses.filter((r) => r.correct).length / answers;
  const discrimination = discriminationOf(responses);
  const judged = answers >= MIN_ANSWERS_TO_FLAG;
  const flags: ItemFlag[] = [];
  if (judged && facility !== null && facility > TOO_EASY_ABOVE) flags.push("too-easy");
  if (judged && facility !== null && facility < TOO_HARD_BELOW) flags.push("too-hard");
  // A tiny epsilon: fractional tie shares can leave -1e-17 where the groups are equal.
  if (judged && discrimination !== null && discrimination < -1e-9) flags.push("negative-discrimination");
  const nonFunctionalDistractors = judged
    ? pickRates.flatMap((rate, i) => (i !== key.answerIndex && rate < NON_FUNCTIONAL_BELOW ? [i] : []))
    : [];
  return { questionId: key.questionId, answers, facility, discrimination, pickRates, nonFunctionalDistractors, flags };
}

/**
 * Upper-group facility minus lower-group facility, each group the 27 % (rounded, at least one) of
 * answers with the highest (lowest) attempt scores. Answers tied on the score at a group's edge
 * share the places left in it: each counts with the group's remaining places divided among them,
 * so the result does not depend on the order ties happen to come in.
 */
export function discriminationOf(responses: Pick<ItemResponse, "correct" | "attemptScore">[]): number | null {
  if (responses.length < 2) return null;
  const size = Math.max(1, Math.round(GROUP_SHARE * responses.length));
  const ascending = [...responses].sort((a, b) => a.attemptScore - b.attemptScore);
  return groupFacility([...ascending].reverse(), size) - groupFacility(ascending, size);
}

function groupFacility(ranked: Pick<ItemResponse, "correct" | "attemptScore">[], size: number): number {
  let placesLeft = size;
  let right = 0;
  for (let start = 0; placesLeft > 0 && start < ranked.length;) {
    let end = start;
    while (end < ranked.length && ranked[end]!.attemptScore === ranked[start]!.attemptScore) end += 1;
    const tied = ranked.slice(start, end);
    const taken = Math.min(tied.length, placesLeft);
    right += (tied.filter((r) => r.correct).length / tied.length) * taken;
    placesLeft -= taken;
    start = end;
  }
  return right / size;
}

/** The flagged items, worst first: negative discrimination, then the ones furthest from a useful facility. */
export function flaggedItems<T extends ItemStatistics>(items: T[]): T[] {
  const badness = (s: ItemStatistics) =>
    (s.flags.includes("negative-discrimination") ? 10 - (s.discrimination ?? 0) : 0) +
    Math.abs((s.facility ?? 0.5) - 0.6);
  return items.filter((s) => s.flags.length > 0).sort((a, b) => badness(b) - badness(a));
}
