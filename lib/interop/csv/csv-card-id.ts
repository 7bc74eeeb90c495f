import { createHash } from "node:crypto";

/** The front as compared for duplicates and identity: case, width and spacing do not count. */
export function normalizedFront(front: string): string {
  return front.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** `csv:<hash of the normalized front>`: the same card again when a re-imported file keeps its front. */
export function csvSourceId(front: string): string {
  return `csv:${createHash("sha256").update(normalizedFront(front)).digest("hex").slice(0, 24)}`;
}
