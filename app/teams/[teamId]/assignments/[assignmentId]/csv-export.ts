import "server-only";
import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locales";
import type { AssignmentStatus } from "@/lib/teams/completion";
import { toCsv } from "@/lib/teams/csv";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { assignmentReport, type AssignmentReport } from "@/server/teams/assignments";

type Cell = string | number | null;
type Params = { params: Promise<{ teamId: string; assignmentId: string }> };

/** Column headers and status values in the language of the lead who downloads. */
export type CsvWords = { header: (key: string) => string; status: (status: AssignmentStatus) => string };

/** A CSV download of one table of an assignment's report: its header row, then a row per item. */
export function csvRoute(
  name: string,
  columns: string[],
  rows: (report: AssignmentReport, words: CsvWords) => Cell[][],
) {
  return async (_request: Request, { params }: Params): Promise<Response> => {
    const found = await reportFor(await params);
    if (!found.ok) return found.response;
    const words = await csvWords();
    return csvResponse(`assignment-${found.report.assignment.id}-${name}.csv`, [
      columns.map(words.header),
      ...rows(found.report, words),
    ]);
  };
}

async function csvWords(): Promise<CsvWords> {
  const locale = negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  const [header, status] = await Promise.all([
    getTranslations({ locale, namespace: "followUp.csv" }),
    getTranslations({ locale, namespace: "teams.statuses" }),
  ]);
  return { header: (key) => header(key as never), status: (s) => status(s) };
}

/** The report behind a CSV download, with the same checks as the page: 401 signed out, 404 for anyone but the team's admins. */
async function reportFor(params: {
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

function csvResponse(fileName: string, rows: Cell[][]): Response {
  // A byte order mark so that spreadsheet programs read the Chinese text as UTF-8.
  return new Response(`\uFEFF${toCsv(rows)}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
}
