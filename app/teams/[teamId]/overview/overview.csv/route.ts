import { getTimeZone, getTranslations } from "next-intl/server";
import { csvDownload } from "@/lib/http/csv-download";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { assignmentsOverview } from "@/server/teams/assignments-overview";

type Params = { params: Promise<{ teamId: string }> };

/** The overview as CSV, headers in the lead's language: 401 signed out, 404 for anyone but the team's admins. */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.\n", { status: 401 });
  const { teamId } = await params;
  const overview = await assignmentsOverview(db, user.id, teamId, new Date());
  if (!overview.ok) return new Response("Not found.\n", { status: 404 });
  const [t, timeZone] = await Promise.all([getTranslations("teamInsights.csv"), getTimeZone()]);
  // YYYY-MM-DD in the lead's time zone, which every spreadsheet reads as a date.
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const header = ["deck", "topic", "dueDate", "assigned", "done", "inProgress", "overdue", "behind"] as const;
  return csvDownload(`team-${teamId}-assignments.csv`, [
    header.map((key) => t(key)),
    ...overview.assignments.map((a) => [
      a.deck.title,
      a.topic ?? "",
      day.format(a.dueAt),
      a.assigned,
      a.counts.done,
      a.counts["in-progress"],
      a.counts.overdue,
      a.behind.map((m) => m.name ?? m.email).join("; "),
    ]),
  ]);
}
