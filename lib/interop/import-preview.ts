import type { ImportWarning } from "./imported-deck";

/** What importing a file would do, shown before anything is written. */
export type ImportPreview = {
  title: string;
  fileName: string;
  cardCount: number;
  questionCount: number;
  /** Cards that come with a review history to carry over. */
  historyCount: number;
  /** The first cards, as they will be studied. */
  cards: { front: string; back: string; kind: string; origin: string }[];
  warnings: ImportWarning[];
  /** The learner's deck this file would update, or null when importing it creates one. */
  existing: { slug: string } | null;
};
