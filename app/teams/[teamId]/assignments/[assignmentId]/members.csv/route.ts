import { csvResponse, reportFor } from "../csv-export";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ teamId: string; assignmentId: string }> },
) {
  const found = await reportFor(await params);
  if (!found.ok) return found.response;
  const rows = found.report.members.map((m) => [
    m.name ?? "",
    m.email,
    m.progress.studied,
    m.progress.cards,
    Math.round(m.progress.recall * 100),
    m.progress.bestQuizPercent,
    m.status,
  ]);
  return csvResponse(`assignment-${found.report.assignment.id}-members.csv`, [
    ["name", "email", "cards_studied", "cards_total", "recall_now_percent", "best_quiz_percent", "status"],
    ...rows,
  ]);
}
