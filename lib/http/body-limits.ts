/**
 * Largest request bodies the app accepts, in bytes. Server actions carry the deck upload (at most
 * 512 KB of Markdown in a multipart form); next.config.ts gives Next the same limit. Everything else
 * (grades, undo, sign-in) is a few hundred bytes of JSON or form data.
 */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;
export const OTHER_BODY_LIMIT = 64 * 1024;

export type BodyCheck = "ok" | "too-large" | "length-required";

/** Decides from the headers alone, before any of the body is read. */
export function checkBodySize(headers: {
  contentLength: string | null;
  chunked: boolean;
  serverAction: boolean;
}): BodyCheck {
  const limit = headers.serverAction ? SERVER_ACTION_BODY_LIMIT : OTHER_BODY_LIMIT;
  if (headers.contentLength === null) return headers.chunked ? "length-required" : "ok";
  const length = Number(headers.contentLength);
  if (!Number.isSafeInteger(length) || length < 0) return "length-required";
  return length > limit ? "too-large" : "ok";
}
