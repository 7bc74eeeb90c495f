import "server-only";
import { toCsv } from "@/lib/teams/csv";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { assignmentReport, type AssignmentReport } from "@/server/teams/assignments";

/** The report behind a CSV download, with the same checks as the page: 401 signed out, 404 for anyone but the team's admins. */
export async function reportFor(params: {
  teamId: string;
  assignmentId: string;
}): Promise<{ ok: true; report: AssignmentReport } | { ok: false; response: Response }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: new Response("Sign in first.\n", { status: 401 }) };
  const result = await assignmentReport(db, user.id, params.assignmentId, new Date());
  if (!result.ok || result.report.assignment.teamId !== params.teamId)
    return { ok: false, response: new Response("Not found.\n", { status: 404 }) };
  return result;
}

export function csvResponse(fileName: string, rows: (string | number | null)[][]): Response {
  // A byte order mark so that spreadsheet programs read the Chinese text as UTF-8.
  return new Response(`\uFEFF${toCsv(rows)}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
}
