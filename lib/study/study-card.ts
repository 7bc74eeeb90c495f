import {
  previewGrades,
  type CardStateName,
  type GradeName,
  type MemoryState,
  type SchedulerSettings,
} from "./scheduling";

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
  /** The state each grade would put the card in, so that the session counts move at once. */
  nextStates: Record<GradeName, CardStateName>;
};

/** A card as the study page's browser gets it: the answer comes rendered beside it, so not as text too. */
export type SessionCard = Omit<StudyCard, "back" | "fullAnswer">;

export function toSessionCard(card: StudyCard): SessionCard {
  const { userCardId, cardId, version, kind, front, state, intervals, nextStates } = card;
  return { userCardId, cardId, version, kind, front, state, intervals, nextStates };
}

export type GradeOutcome =
  | {
      ok: true;
      replayed: boolean;
      version: number;
      leech: boolean;
      again: StudyCard | null;
      deckId: string;
      /** An assignment this grade may have completed is open: the server checks it after answering. */
      assignmentOpen: boolean;
    }
  | { ok: false; reason: "not-found" | "stale" | "suspended" };

export type UndoOutcome = { ok: true; card: StudyCard } | { ok: false; reason: "not-found" | "not-latest" };

/** A learner's card as stored: its memory state and the card's text. */
export type StudyCardRow = MemoryState & {
  id: string;
  cardId: string;
  version: number;
  card: { kind: string; front: string; back: string; entry: { answer: string } };
};

/** The card with the interval each grade would give it at `now`. */
export function toStudyCard(row: StudyCardRow, now: Date, settings: SchedulerSettings): StudyCard {
  const preview = previewGrades(row, now, settings);
  return {
    userCardId: row.id,
    cardId: row.cardId,
    version: row.version,
    kind: row.card.kind,
    front: row.card.front,
    back: row.card.back,
    fullAnswer: row.card.entry.answer.trim() === row.card.back.trim() ? null : row.card.entry.answer,
    state: row.state,
    intervals: {
      again: preview.again.label,
      hard: preview.hard.label,
      good: preview.good.label,
      easy: preview.easy.label,
    },
    nextStates: {
      again: preview.again.state,
      hard: preview.hard.state,
      good: preview.good.state,
      easy: preview.easy.state,
    },
  };
}
