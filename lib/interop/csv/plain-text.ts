// Spreadsheet and Quizlet cells are plain text, but exports from other tools (Anki's "notes in plain
// text") carry HTML. Cards hold no HTML at all, so tags go: line-breaking ones become line breaks,
// scripts and styles go with their content, and the rest leave their text behind. Only what looks like
// a tag (`<` then a letter, up to `>`) is touched, so "a < b" or "1<2" stay as written.
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(-->|$)/g;
const LINE_BREAK = /<br\s*\/?>|<\/(p|div|li|tr|h[1-6])\s*>/gi;
const TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/gi;

/** A cell's text with every HTML tag removed and line ends and spaces tidied. */
export function plainText(cell: string): string {
  return cell
    .replace(SCRIPT_OR_STYLE, "")
    .replace(COMMENT, "")
    .replace(LINE_BREAK, "\n")
    .replace(TAG, "")
    .replace(/&nbsp;/g, " ")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
