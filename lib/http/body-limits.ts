/**
 * Largest request bodies the app accepts, in bytes. Server actions carry forms (a FAQ Markdown upload
 * is at most 512 KB); the deck upload pages take larger files (below). Everything else (grades,
 * undo, sign-in) is a few hundred bytes of JSON or form data.
 */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;
export const OTHER_BODY_LIMIT = 64 * 1024;
/**
 * Server actions of the two pages that take deck files (a learner's import, a team's upload): an
 * Anki package of up to MAX_IMPORT_FILE_BYTES (lib/interop/import-limits), with room for the form.
 * next.config.ts gives Next this limit; the other pages' actions are held to the 1 MB one here.
 */
export const UPLOAD_ACTION_BODY_LIMIT = 11 * 1024 * 1024;

/** The pages whose server actions take deck files: /decks/import and /teams/<id>/decks/new. */
export function isUploadPage(pathname: string): boolean {
  return pathname === "/decks/import" || /^\/teams\/[^/]+\/decks\/new$/.test(pathname);
}

export type BodyCheck = "ok" | "too-large" | "length-required";

/** Decides from the headers alone, before any of the body is read. */
export function checkBodySize(headers: {
  contentLength: string | null;
  chunked: boolean;
  serverAction: boolean;
  /** The request's path, for the upload pages' larger limit. */
  pathname?: string;
}): BodyCheck {
  const actionLimit = isUploadPage(headers.pathname ?? "") ? UPLOAD_ACTION_BODY_LIMIT : SERVER_ACTION_BODY_LIMIT;
  const limit = headers.serverAction ? actionLimit : OTHER_BODY_LIMIT;
  if (headers.contentLength === null) return headers.chunked ? "length-required" : "ok";
  const length = Number(headers.contentLength);
  if (!Number.isSafeInteger(length) || length < 0) return "length-required";
  return length > limit ? "too-large" : "ok";
}
