// What `npm run content:report` shows per deck: not only rule breaks but how good the output is
// for a learner: which entries have a multiple-choice question (and why not), options that still
// carry markup or prefixes, card backs too long to grade, and blocks the parser dropped.
import { shownLength } from "./answer-parts";
import type { CompiledDeck } from "./compile-deck";
import { MAX_BACK } from "./generate-cards";
import { optionTextProblem, questionOptionProblem } from "./option-text";
import { questionProblems } from "./question-rules";

export type DeckQuality = {
  entries: number;
  withQuestion: number;
  /** Entries without a multiple-choice question, grouped by reason. */
  unasked: { reason: string; questions: string[] }[];
  questionsByKind: Record<string, number>;
  /** Options that are not clean text (markup, prefixes, labels, code…), with what is wrong. */
  dirtyOptions: { questionId: string; option: string; problem: string }[];
  /** Questions breaking the option rules (counts, duplicates, length give-aways). */
  ruleBreaks: { questionId: string; problems: string[] }[];
  longBacks: { cardId: string; length: number }[];
  /** Entries that make no card: their answer only points elsewhere ("参考[#1560]"). */
  uncarded: string[];
  medianBasicBack: number;
  /** Parser warnings: blocks that became no entry, repeats, and the like. */
  dropped: { file: string; line: number | null; message: string }[];
};

/** Option length allowed in the check: question options (which-question type) may be a little longer. */
const OPTION_LIMIT = 120;

export function deckQuality(deck: CompiledDeck): DeckQuality {
  const questionOf = new Map(deck.entries.map((e) => [e.id, e.question]));
  const byReason = new Map<string, string[]>();
  for (const u of deck.unasked)
    byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), questionOf.get(u.entryId) ?? u.entryId]);
  const questionsByKind: Record<string, number> = {};
  for (const q of deck.questions) {
    const kind = q.id.slice(q.id.lastIndexOf(":") + 1).replace(/^mcq-(define|custom)-.*$/, "mcq-$1");
    questionsByKind[kind] = (questionsByKind[kind] ?? 0) + 1;
  }
  const carded = new Set(deck.cards.map((c) => c.entryId));
  const backs = deck.cards
    .filter((c) => c.kind === "basic")
    .map((c) => shownLength(c.back))
    .sort((a, b) => a - b);
  return {
    entries: deck.entries.length,
    withQuestion: new Set(deck.questions.map((q) => q.entryId)).size,
    unasked: [...byReason].map(([reason, questions]) => ({ reason, questions })),
    questionsByKind,
    dirtyOptions: deck.questions.flatMap((q) =>
      q.options.flatMap((option) => {
        const problem = q.id.endsWith(":mcq-belongs")
          ? questionOptionProblem(option)
          : optionTextProblem(option, OPTION_LIMIT);
        return problem ? [{ questionId: q.id, option, problem }] : [];
      }),
    ),
    ruleBreaks: deck.questions.flatMap((q) => {
      const problems = questionProblems(q);
      return problems.length ? [{ questionId: q.id, problems }] : [];
    }),
    longBacks: deck.cards.flatMap((c) => {
      const length = shownLength(c.back);
      return length > MAX_BACK ? [{ cardId: c.id, length }] : [];
    }),
    medianBasicBack: backs.length ? backs[Math.floor(backs.length / 2)]! : 0,
    uncarded: deck.entries.filter((e) => !carded.has(e.id)).map((e) => e.question),
    dropped: deck.warnings.map((w) => ({ file: w.file, line: w.line, message: w.message })),
  };
}
