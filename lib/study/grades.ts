// The names of the grades and card states, apart from the scheduler: the study page imports these
// and should not ship ts-fsrs to the browser.
export const CARD_STATES = ["new", "learning", "review", "relearning"] as const;
export type CardStateName = (typeof CARD_STATES)[number];

export const GRADES = ["again", "hard", "good", "easy"] as const;
export type GradeName = (typeof GRADES)[number];
