// Limits on raw FAQ Markdown, checked with one cheap pass over its lines before anything parses it:
// the Markdown parser and renderer recurse per level of nesting and slow down on huge input, so a
// file beyond these limits is refused (with its file and line) instead of stalling or crashing.
import { ContentError } from "./content-error";

/** Far beyond any real FAQ: nested lists and quotes rarely go past 4 levels. */
export const MAX_NESTING_DEPTH = 32;
export const MAX_LINE_CHARS = 10_000;
export const MAX_FAQ_BYTES = 1024 * 1024;
/** Headings, bold paragraphs and <summary> lines: each could become an entry. */
export const MAX_CANDIDATE_ENTRIES = 5_000;

export type LimitBreach = { line: number | null; reason: string };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CANDIDATE = /^ {0,3}(#{1,6}\s|\*\*|__)|<summary\b/i;
// One level of container where the scan is: indentation, then a quote marker or a list item marker.
const CONTAINER = /([ \t]*)(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;

/** The first limit the text breaks, or null. */
export function findLimitBreach(text: string): LimitBreach | null {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FAQ_BYTES)
    return {
      line: null,
      reason: `${bytes} bytes is over the limit of ${MAX_FAQ_BYTES}; split the file into several decks`,
    };
  let fence: string | null = null;
  let candidates = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const at = i + 1;
    if (line.length > MAX_LINE_CHARS)
      return { line: at, reason: `the line has ${line.length} characters, over the limit of ${MAX_LINE_CHARS}` };
    const marker = FENCE.exec(line.replace(/^[ \t>]*/, ""))?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    const depth = nestingDepth(line);
    if (depth > MAX_NESTING_DEPTH)
      return {
        line: at,
        reason: `lists or quotes are nested ${depth} levels deep, over the limit of ${MAX_NESTING_DEPTH}`,
      };
    if (marker) fence = marker;
    else if (CANDIDATE.test(line) && ++candidates > MAX_CANDIDATE_ENTRIES)
      return {
        line: at,
        reason: `more than ${MAX_CANDIDATE_ENTRIES} questions or headings; split the file into several decks`,
      };
  }
  return null;
}

/** Throws the compiler's ContentError for a text beyond the limits. */
export function checkInputLimits(text: string, file: string): void {
  const breach = findLimitBreach(text);
  if (breach) throw new ContentError(file, breach.line, breach.reason);
}

/**
 * Levels of quotes and list items a line opens, plus its indentation in steps of two columns (how
 * nested list items are written); an overestimate for indented code, which is why the limit is generous.
 */
function nestingDepth(line: string): number {
  let markers = 0;
  let indent = 0;
  CONTAINER.lastIndex = 0;
  for (let match = CONTAINER.exec(line); match; match = CONTAINER.exec(line)) {
    markers++;
    indent += match[1]!.replace(/\t/g, "    ").length;
  }
  return markers + Math.floor(indent / 2);
}
