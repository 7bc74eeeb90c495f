import { csvResponse, reportFor } from "../csv-export";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ teamId: string; assignmentId: string }> },
) {
  const found = await reportFor(await params);
  if (!found.ok) return found.response;
  const rows = found.report.questions.map((q) => [
    q.questionId,
    q.stem,
    q.answers,
    q.wrong,
    Math.round(q.wrongShare * 100),
    q.topDistractor,
    q.topDistractorCount,
  ]);
  return csvResponse(`assignment-${found.report.assignment.id}-questions.csv`, [
    ["question_id", "question", "answers", "wrong", "wrong_percent", "top_distractor", "top_distractor_picks"],
    ...rows,
  ]);
}
