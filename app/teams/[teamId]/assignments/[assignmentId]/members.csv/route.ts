import { csvRoute } from "../csv-export";

export const GET = csvRoute(
  "members",
  [
    "name",
    "email",
    "cardsStudied",
    "cardsTotal",
    "retentionNowPercent",
    "bestQuizPercent",
    "status",
    "firstCompletedAt",
    "lastActivityAt",
  ],
  (report, words) =>
    report.members.map((m) => [
      m.name ?? "",
      m.email,
      m.progress.studied,
      m.progress.cards,
      Math.round(m.progress.recall * 100),
      m.progress.bestQuizPercent,
      words.status(m.status),
      m.firstCompletedAt?.toISOString() ?? null,
      m.lastActivityAt?.toISOString() ?? null,
    ]),
);
