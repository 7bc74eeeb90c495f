import { db } from "@/server/db/client";
import { appUrl } from "@/server/app-url";
import { calendarFeed } from "@/server/calendar/calendar-feed";

type Params = { params: Promise<{ file: string }> };

/** GET /calendar/<token>.ics: a member's due dates for calendar apps. No session: the token is the key. */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { file } = await params;
  const token = file.endsWith(".ics") ? file.slice(0, -".ics".length) : "";
  const ics = await calendarFeed(db, token, appUrl(new URL(request.url).origin), new Date());
  if (ics === null) return new Response("Not found.\n", { status: 404 });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="assignments.ics"',
      "cache-control": "private, no-store",
    },
  });
}
