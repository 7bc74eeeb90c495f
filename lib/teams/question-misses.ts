// Which questions a team gets wrong most, from answer counts grouped in the database.
export type AnswerCount = { questionId: string; chosenIndex: number; correct: boolean; count: number };

export type QuestionMisses = {
  questionId: string;
  answers: number;
  wrong: number;
  wrongShare: number;
  topDistractor: { index: number; count: number } | null;
};

/** Questions with at least one answer, most-missed share first (more answers first on a tie). */
export function questionMisses(counts: AnswerCount[]): QuestionMisses[] {
  const byQuestion = new Map<string, AnswerCount[]>();
  for (const row of counts) byQuestion.set(row.questionId, [...(byQuestion.get(row.questionId) ?? []), row]);
  return [...byQuestion]
    .map(([questionId, rows]) => {
      const answers = rows.reduce((sum, r) => sum + r.count, 0);
      const wrongRows = rows.filter((r) => !r.correct);
      const wrong = wrongRows.reduce((sum, r) => sum + r.count, 0);
      const top = wrongRows.reduce<AnswerCount | null>(
        (best, r) =>
          best && (best.count > r.count || (best.count === r.count && best.chosenIndex < r.chosenIndex)) ? best : r,
        null,
      );
      return {
        questionId,
        answers,
        wrong,
        wrongShare: answers > 0 ? wrong / answers : 0,
        topDistractor: top ? { index: top.chosenIndex, count: top.count } : null,
      };
    })
    .sort((a, b) => b.wrongShare - a.wrongShare || b.answers - a.answers || a.questionId.localeCompare(b.questionId));
}
