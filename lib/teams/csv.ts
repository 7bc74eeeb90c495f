/** RFC 4180 CSV with CRLF line ends; cells that a spreadsheet would run as a formula are defused. */
export function toCsv(rows: (string | number | null)[][]): string {
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

const FORMULA_START = /^[=+\-@\t\r]/;
const DEFUSED_FORMULA = /^'(?=[=+\-@\t\r])/;

/** A cell as written before `toCsv` defused it, so that what it exports reads back unchanged. */
export function undefuseCell(text: string): string {
  return text.replace(DEFUSED_FORMULA, "");
}

function cell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
