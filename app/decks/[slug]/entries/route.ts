import { getAnchorPage, getEntryContents } from "@/server/queries/decks";

const notFound = () => Response.json({ ok: false, reason: "not-found" }, { status: 404 });
const privately = { headers: { "cache-control": "private, no-store" } };

/**
 * For the deck page: an entry's flashcards and questions (`?id=`), fetched when the reader opens
 * them, or the page a link's `#entry-…` anchor is on (`?anchor=`) in a deck of several pages.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const query = new URL(request.url).searchParams;
  const { slug } = await params;
  const anchor = query.get("anchor");
  if (anchor) {
    const page = await getAnchorPage(slug, anchor);
    return page === null ? notFound() : Response.json({ ok: true, page }, privately);
  }
  const entryId = query.get("id");
  const contents = entryId ? await getEntryContents(slug, entryId) : null;
  return contents ? Response.json({ ok: true, ...contents }, privately) : notFound();
}
