import type { CardStateName } from "@/lib/study/scheduling";

export type QuizScheduleChange = "none" | "add-new" | "due-now";

/**
 * What a quiz answer does to the entry's basic card: a wrong answer brings it back now (or puts a
 * never-studied card in the new queue); a right answer changes nothing. Suspended cards stay put.
 */
export function quizScheduleChange(
  correct: boolean,
  card: { state: CardStateName; suspended: boolean } | null,
): QuizScheduleChange {
  if (correct) return "none";
  if (!card) return "add-new";
  if (card.suspended || card.state === "new") return "none";
  return "due-now";
}
