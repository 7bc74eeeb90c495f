import { attachmentDisposition } from "@/lib/interop/download-name";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { deckForExport } from "@/server/interop/deck-export";
import { DECK_FORMATS } from "./deck-formats";

/** A deck as a file (`?format=csv`), for anyone who may see the deck's page. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  const write = Object.hasOwn(DECK_FORMATS, format) ? DECK_FORMATS[format] : undefined;
  if (!write)
    return new Response(`Unknown format; use one of: ${Object.keys(DECK_FORMATS).join(", ")}.\n`, { status: 400 });
  const user = await getCurrentUser();
  const found = await deckForExport(db, user?.id ?? null, (await params).slug);
  if (!found.ok) return new Response("Not found.\n", { status: 404 });
  const file = await write(found.deck);
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": attachmentDisposition(found.deck.title, file.extension, found.deck.slug),
      "cache-control": "private, no-store",
    },
  });
}
