import { getEntryContents } from "@/server/queries/decks";

/** An entry's flashcards and questions (`?id=`), fetched by the deck page when the reader opens them. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const entryId = new URL(request.url).searchParams.get("id");
  const contents = entryId ? await getEntryContents((await params).slug, entryId) : null;
  if (!contents) return Response.json({ ok: false, reason: "not-found" }, { status: 404 });
  return Response.json({ ok: true, ...contents }, { headers: { "cache-control": "private, no-store" } });
}
