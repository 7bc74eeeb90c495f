// Whether the assigned learners can meet a study rule by the due date at their own daily limit of new cards.
import { studyDaysUntil } from "./due-date";

export type LearnerLimit = { userId: string; label: string; newPerDay: number };

export type Feasibility = {
  /** Study days left, today and the due day included. */
  days: number;
  /** New cards a day a learner must study to see every card by the due date. */
  neededPerDay: number;
  /** The learners whose daily limit of new cards is too low for that. */
  tooSlow: LearnerLimit[];
};

/** `cards` new cards to learn between `today` and `dueDate` (calendar days, "YYYY-MM-DD"). */
export function studyFeasibility(input: {
  cards: number;
  today: string;
  dueDate: string;
  learners: LearnerLimit[];
}): Feasibility {
  const days = studyDaysUntil(input.today, input.dueDate);
  if (input.cards === 0) return { days, neededPerDay: 0, tooSlow: [] };
  const neededPerDay = days === 0 ? Infinity : Math.ceil(input.cards / days);
  return { days, neededPerDay, tooSlow: input.learners.filter((l) => l.newPerDay * days < input.cards) };
}
