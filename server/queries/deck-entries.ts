// A deck's live entries with their live cards and questions, as the deck page and a team deck's
// preview show them: one select and one reading of the stored options for both.
import { optionsOf } from "@/server/db/columns";

const live = { archivedAt: null };

export const liveEntriesSelect = {
  where: live,
  orderBy: { position: "asc" },
  select: {
    id: true,
    kind: true,
    topic: true,
    question: true,
    answer: true,
    line: true,
    cards: { where: live, orderBy: { position: "asc" }, select: { id: true, kind: true, front: true, back: true } },
    questions: {
      where: live,
      orderBy: { position: "asc" },
      select: { id: true, stem: true, options: true, answerIndex: true, explanation: true },
    },
  },
} as const;

export type DeckEntry = {
  id: string;
  kind: string;
  topic: string | null;
  question: string;
  answer: string;
  line: number;
  cards: { id: string; kind: string; front: string; back: string }[];
  questions: { id: string; stem: string; options: string[]; answerIndex: number; explanation: string }[];
};
type Question = DeckEntry["questions"][number];
type StoredEntry = Omit<DeckEntry, "questions"> & { questions: (Omit<Question, "options"> & { options: string })[] };

/** The entries with each question's options read back from their stored form. */
export function withOptions(entries: StoredEntry[]): DeckEntry[] {
  return entries.map((e) => ({ ...e, questions: e.questions.map((q) => ({ ...q, options: optionsOf(q.options) })) }));
}
