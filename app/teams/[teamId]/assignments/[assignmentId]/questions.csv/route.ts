import { csvRoute } from "../csv-export";

export const GET = csvRoute(
  "questions",
  ["questionId", "question", "answers", "wrong", "wrongPercent", "topDistractor", "topDistractorPicks"],
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
