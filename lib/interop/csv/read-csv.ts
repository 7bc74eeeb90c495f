import { MAX_CANDIDATE_ENTRIES, MAX_LINE_CHARS } from "@/lib/content/input-limits";
import { MAX_DECK_FILE_BYTES } from "@/lib/teams/deck-limits";
import { undefuseCell } from "@/lib/teams/csv";
import type { ImportedCard, ImportResult, ImportWarning } from "../imported-deck";
import { csvSourceId, normalizedFront } from "./csv-card-id";
import { parseRecords, type CsvRecord } from "./csv-records";
import { detectSeparator } from "./detect-separator";
import { isHeaderRow } from "./header-row";
import { plainText } from "./plain-text";

/**
 * A CSV or TSV file (front, back and optional tags per row; Quizlet's `term<TAB>definition` export
 * too) as an imported deck. The separator is detected unless given (Quizlet lets the user choose any
 * string); a first row naming the columns is skipped. Rows that cannot become a card are left out
 * with a warning naming their line; a file that cannot be read at all fails with the line at fault.
 */
export function readCsv(text: string, fileName: string, options?: { separator?: string }): ImportResult {
  const fail = (message: string, line?: number): ImportResult => ({
    ok: false,
    error: { file: fileName, ...(line === undefined ? {} : { line }), message },
  });
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_DECK_FILE_BYTES)
    return fail(`${bytes} bytes is over the limit of ${MAX_DECK_FILE_BYTES}; split the file into several decks`);
  if (options?.separator !== undefined && options.separator.trim() === "" && options.separator !== "\t")
    return fail("the separator must not be empty or only spaces");

  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const separator = options?.separator ?? detectSeparator(normalized);
  const parsed = parseRecords(normalized, separator);
  if (!parsed.ok) return fail(parsed.message, parsed.line);

  const records = parsed.records.filter((record) => record.fields.some((field) => field.trim() !== ""));
  const rows = records.length > 0 && isHeaderRow(records[0]!.fields) ? records.slice(1) : records;
  if (rows.length === 0) return fail("the file has no rows of front and back");
  if (rows.length > MAX_CANDIDATE_ENTRIES)
    return fail(`${rows.length} rows is over the limit of ${MAX_CANDIDATE_ENTRIES}; split the file into several decks`);

  const warnings: ImportWarning[] = [];
  const cards: ImportedCard[] = [];
  const firstLineOfFront = new Map<string, number>();
  for (const row of rows) {
    const card = toCard(row);
    if (typeof card === "string") {
      warnings.push({ file: fileName, line: row.line, message: card });
      continue;
    }
    const key = normalizedFront(card.front);
    const first = firstLineOfFront.get(key);
    if (first !== undefined) {
      warnings.push({ file: fileName, line: row.line, message: `the same front as line ${first}; kept the first` });
      continue;
    }
    firstLineOfFront.set(key, row.line);
    cards.push(card);
  }
  if (cards.length === 0) return fail("no row has both a front and a back", rows[0]!.line);
  return { ok: true, deck: { title: deckTitle(fileName), cards, warnings } };
}

/** The card a row makes, or why it makes none. */
function toCard({ line, fields }: CsvRecord): ImportedCard | string {
  if (fields.length > 3)
    return `the row has ${fields.length} columns; expected front, back and optionally tags (quote a field that holds the separator)`;
  const long = fields.find((field) => field.length > MAX_LINE_CHARS);
  if (long) return `a field has ${long.length} characters, over the limit of ${MAX_LINE_CHARS}`;
  const [front, back, tags] = fields.map((field) => plainText(undefuseCell(field)));
  if (!front) return "the front is empty";
  if (!back) return "the back is empty";
  return {
    sourceId: csvSourceId(front),
    kind: "basic",
    front,
    back,
    tags: splitTags(tags ?? ""),
    origin: `line ${line}`,
    reviews: [],
  };
}

/** Tags as Anki writes them (separated by spaces) or as people type them (by commas). */
function splitTags(cell: string): string[] {
  return [...new Set(cell.split(/[\s,，]+/).filter(Boolean))];
}

function deckTitle(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.(csv|tsv|txt)$/i, "").trim() || base;
}
