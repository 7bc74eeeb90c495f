/** A problem in a content file that stops it from being imported; names the file and, where known, the line. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${reason}`);
    this.name = "ContentError";
  }
}

/** `dropped`: text of the file that became no entry (shown by content:report as dropped blocks). */
export type ContentWarning = { line: number; message: string; dropped?: boolean };
