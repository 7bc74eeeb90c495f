// The rules a multiple-choice question must follow so that its options do not give it away.
import { visualLength } from "./markdown-text";
import { normalizeQuestion } from "./parse-faq";

export type QuestionLike = { id: string; stem: string; options: string[]; answer: number };

/** Rules no question may break, hand-written ones included. */
export function structuralProblems(q: QuestionLike): string[] {
  const problems: string[] = [];
  if (q.options.length !== 4) problems.push(`has ${q.options.length} options, not 4`);
  if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.options.length)
    problems.push("the right option is not one of the options");
  const keys = q.options.map(normalizeQuestion);
  if (new Set(keys).size !== keys.length || keys.some((k) => k === "")) problems.push("options are not all distinct");
  const stem = normalizeQuestion(q.stem);
  if (stem.length >= 4 && keys.some((k) => k.includes(stem))) problems.push("an option repeats the question");
  return problems;
}

/** All rules, including the length ones that keep generated options from giving the answer away. */
export function questionProblems(q: QuestionLike): string[] {
  const problems = structuralProblems(q);
  const lengths = q.options.map(visualLength);
  if (Math.max(...lengths) > 3 * Math.min(...lengths))
    problems.push("option lengths are not comparable (longest > 3 × shortest)");
  const correct = lengths[q.answer] ?? 0;
  const others = lengths.filter((_, i) => i !== q.answer);
  if (others.length && others.every((l) => correct > 1.5 * l))
    problems.push("the right option is much longer than every other");
  return problems;
}

/** Share of questions whose right option is the strictly longest one (random order gives about 1/4). */
export function longestIsCorrectShare(questions: QuestionLike[]): number {
  if (questions.length === 0) return 0;
  const longest = questions.filter((q) => {
    const lengths = q.options.map(visualLength);
    return lengths.every((l, i) => i === q.answer || l < lengths[q.answer]!);
  });
  return longest.length / questions.length;
}
