import type { CardStateName, GradeName } from "./scheduling";

/** A card as the study page needs it: what to show and what each button would do. */
export type StudyCard = {
  userCardId: string;
  /** The card itself (shared by all learners), e.g. for reporting a problem with it. */
  cardId: string;
  version: number;
  kind: string;
  front: string;
  back: string;
  /** The entry's whole answer when the back shows only its key point or one part of it, shown folded. */
  fullAnswer: string | null;
  state: CardStateName;
  intervals: Record<GradeName, string>;
};

export type GradeOutcome =
  | { ok: true; replayed: boolean; version: number; leech: boolean; again: StudyCard | null }
  | { ok: false; reason: "not-found" | "stale" | "suspended" };

export type UndoOutcome = { ok: true; card: StudyCard } | { ok: false; reason: "not-found" | "not-latest" };
