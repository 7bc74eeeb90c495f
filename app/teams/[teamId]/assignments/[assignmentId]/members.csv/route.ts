import { csvRoute } from "../csv-export";

export const GET = csvRoute(
  "members",
  ["name", "email", "cards_studied", "cards_total", "recall_now_percent", "best_quiz_percent", "status"],
  (report) =>
    report.members.map((m) => [
      m.name ?? "",
      m.email,
      m.progress.studied,
      m.progress.cards,
      Math.round(m.progress.recall * 100),
      m.progress.bestQuizPercent,
      m.status,
    ]),
);
