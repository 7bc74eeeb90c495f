import { csvRoute } from "../csv-export";

export const GET = csvRoute(
  "questions",
  ["question_id", "question", "answers", "wrong", "wrong_percent", "top_distractor", "top_distractor_picks"],
  (report) =>
    report.questions.map((q) => [
      q.questionId,
      q.stem,
      q.answers,
      q.wrong,
      Math.round(q.wrongShare * 100),
      q.topDistractor,
      q.topDistractorCount,
    ]),
);
