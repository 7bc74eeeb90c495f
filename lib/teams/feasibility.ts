// Whether the assigned learners can meet a study rule by the due date at their own daily limit of new cards.
import { studyDaysUntil } from "./due-date";

export type LearnerLimit = {
  userId: string;
  label: string;
  newPerDay: number;
  /** Cards of the assignment the learner has already studied. */
  studied: number;
};

export type TooSlow = LearnerLimit & { left: number; neededPerDay: number };

export type Feasibility = {
  /** Study days left, today and the due day included. */
  days: number;
  /** The learners whose daily limit of new cards is too low to see the cards left to them by then. */
  tooSlow: TooSlow[];
};

/** `cards` cards to have studied between `today` and `dueDate` (calendar days, "YYYY-MM-DD"). */
export function studyFeasibility(input: {
  cards: number;
  today: string;
  dueDate: string;
  learners: LearnerLimit[];
}): Feasibility {
  const days = studyDaysUntil(input.today, input.dueDate);
  const tooSlow = input.learners
    .map((learner) => {
      const left = Math.max(0, input.cards - learner.studied);
      return { ...learner, left, neededPerDay: days === 0 ? Infinity : Math.ceil(left / days) };
    })
    .filter((learner) => learner.left > learner.newPerDay * days);
  return { days, tooSlow };
}
