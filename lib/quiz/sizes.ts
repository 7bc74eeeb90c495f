// Apart from the planner, which hashes with node:crypto: the quiz form imports this in the browser.
export const QUIZ_SIZES = ["5", "10", "20", "all"] as const;
export type QuizSize = (typeof QUIZ_SIZES)[number];
