import { CsvError, parse } from "csv-parse/sync";

/** One row of the file and the line it starts on (a quoted field may span several lines). */
export type CsvRecord = { line: number; fields: string[] };

type ParsedRow = { record: string[]; raw: string; info: { lines: number } };

/** On failure, `records` holds the rows read before the fault. */
export type CsvRecords =
  { ok: true; records: CsvRecord[] } | { ok: false; records: CsvRecord[]; line: number | undefined; message: string };

/**
 * The rows of a CSV text (no BOM, `\n` line ends), split by `separator` with RFC 4180 quoting; a
 * quote inside an unquoted field is kept as text, as Quizlet and spreadsheets write them.
 */
export function parseRecords(text: string, separator: string, limit?: number): CsvRecords {
  const records: CsvRecord[] = [];
  try {
    parse(text, {
      delimiter: separator,
      record_delimiter: "\n",
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      to: limit,
      on_record: (row) => {
        const { record, raw, info } = row as unknown as ParsedRow;
        records.push({ line: startLine(raw, info.lines), fields: record });
        return null;
      },
    });
    return { ok: true, records };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === "CSV_QUOTE_NOT_CLOSED")
      return {
        ok: false,
        records,
        line: unclosedQuoteLine(text, separator),
        message: "a quoted field is never closed",
      };
    const line = (error as CsvError & { lines?: number }).lines;
    return { ok: false, records, line, message: error.message.replace(/ at line \d+/, "") };
  }
}

// `info.lines` is the line a row ends on; its raw text holds the blank lines skipped before it too.
function startLine(raw: string, endLine: number): number {
  const body = raw.replace(/\n$/, "");
  const breaks = body.split("\n").length - 1;
  const leadingBlank = body.length - body.replace(/^\n+/, "").length;
  return endLine - breaks + leadingBlank;
}

/** The line of the quote that opens a field and is never closed (the parser reports the file's end instead). */
function unclosedQuoteLine(text: string, separator: string): number | undefined {
  let line = 1;
  let openedAt: number | undefined;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\n") line++;
    if (openedAt !== undefined) {
      if (char === '"' && text[i + 1] === '"') i++;
      else if (char === '"') openedAt = undefined;
    } else if (char === '"' && fieldStart) {
      openedAt = line;
      fieldStart = false;
    } else if (text.startsWith(separator, i)) {
      fieldStart = true;
      i += separator.length - 1;
    } else fieldStart = char === "\n";
  }
  return openedAt;
}
