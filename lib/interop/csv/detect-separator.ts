import { parseRecords } from "./csv-records";

const CANDIDATES = ["\t", ",", ";"];
const SAMPLE_ROWS = 50;

/**
 * The separator under which the first rows split most often into front, back and optional tags;
 * between equals, the one fewer fields follow with a space (a comma in prose is followed by one, a
 * separator rarely is), then tab, comma, semicolon in that order.
 */
export function detectSeparator(text: string): string {
  let best = { separator: CANDIDATES[0]!, fits: -1, spaced: 0 };
  for (const separator of CANDIDATES) {
    // A file that fails to parse (an unclosed quote) is judged by the rows before the fault.
    const { records } = parseRecords(text, separator, SAMPLE_ROWS);
    const fits = records.filter((r) => r.fields.length === 2 || r.fields.length === 3).length;
    const spaced = records.flatMap((r) => r.fields.slice(1)).filter((f) => f.startsWith(" ")).length;
    if (fits > best.fits || (fits === best.fits && spaced < best.spaced)) best = { separator, fits, spaced };
  }
  return best.separator;
}
