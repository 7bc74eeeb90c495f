export type AnswerOutcome = { questionId: string; correct: boolean };

export type QuizScore = {
  total: number;
  answered: number;
  correct: number;
  percent: number;
  finished: boolean;
  missedQuestionIds: string[];
};

/** The score of an attempt so far; `percent` is of all its questions, so an unfinished attempt scores low. */
export function scoreAttempt(questionIds: readonly string[], answers: readonly AnswerOutcome[]): QuizScore {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a.correct]));
  const answered = questionIds.filter((id) => byQuestion.has(id));
  const correct = answered.filter((id) => byQuestion.get(id)).length;
  return {
    total: questionIds.length,
    answered: answered.length,
    correct,
    percent: questionIds.length === 0 ? 0 : Math.round((correct / questionIds.length) * 100),
    finished: answered.length === questionIds.length,
    missedQuestionIds: answered.filter((id) => !byQuestion.get(id)),
  };
}
