// An entry's answer as Markdown: its blocks' source with quote markers, answer labels, anchors and
// site-generator syntax removed, and reference-style links made inline so the answer stands alone.
import type { Definition } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import { sourceOf, type Block } from "./parse-blocks";
import { answerLabelLength, withoutDefinitionMarkers, withoutGeneratorSyntax } from "./parse-labels";

export type Definitions = Map<string, Definition>;

export const EXPLICIT_ID = /<!--\s*id\s*:\s*([A-Za-z0-9][\w.-]*)\s*-->/;

export function definitionsIn(blocks: Block[]): Definitions {
  const map: Definitions = new Map();
  for (const block of blocks)
    if (block.type === "definition" && !map.has(block.identifier)) map.set(block.identifier, block);
  return map;
}

/** Blocks that carry no text of their own: rules, comments, link definitions, empty anchors, stray closing tags. */
export function isIgnorable(block: Block): boolean {
  if (block.type === "thematicBreak" || block.type === "definition") return true;
  if (block.type === "html") return !EXPLICIT_ID.test(block.value) && isMarkupOnly(block.value);
  // `<a name="x"></a>` on its own line, or a kramdown `{:toc}`, is a paragraph of markup.
  if (block.type === "paragraph") {
    return block.children.every((c) => (c.type === "html" || c.type === "text") && isMarkupOnly(c.value));
  }
  return false;
}

function isMarkupOnly(html: string): boolean {
  return (
    withoutGeneratorSyntax(html)
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi, "")
      .replace(/<\/?(?:a|p|br|div|span|details|summary|hr)\b[^>]*>/gi, "")
      .trim() === ""
  );
}

function isImageOnly(text: string): boolean {
  return isMarkupOnly(text.replace(/<img\b[^>]*>/gi, "").replace(/!\[[^\]]*\]\([^)]*\)/g, ""));
}

/** `definition`: the answer of a definition-list term, whose paragraphs open with `: `. */
export function answerMarkdown(
  source: string,
  lead: string,
  blocks: Block[],
  definitions: Definitions,
  tail = "",
  definition = false,
): string {
  const body = blocks.filter((b) => !isIgnorable(b) || b.type === "thematicBreak");
  const allQuotes = body.length > 0 && body.every((b) => b.type === "blockquote");
  const onlyHtml = lead.trim() === "" && body.length > 0 && body.every((b) => b.type === "html");
  const parts = body.map((block, i) => {
    const text = withoutFenceIndent(withInlineLinks(source, block, definitions), block);
    if (block.type === "html" && PRE_BLOCK.test(text)) return fencedPre(text);
    if (definition && block.type === "paragraph") return withoutDefinitionMarkers(text);
    if (onlyHtml) return text;
    const unquoted = block.type === "blockquote" ? text.replace(/^[ \t]*>[ \t]?/gm, "") : text;
    // `> **A**: …` quotes the answer itself, even when a paragraph follows the quote.
    return allQuotes || (i === 0 && lead.trim() === "" && stripAnswerLabel(unquoted) !== unquoted) ? unquoted : text;
  });
  // `<p><img …></p>` then `A：…`: the label opens the first paragraph after the images.
  const labelled = lead.trim() === "" ? parts.findIndex((part) => !isImageOnly(part)) : -1;
  if (labelled > 0) parts[labelled] = stripAnswerLabel(parts[labelled]!);
  const joined = [afterImages(lead.trim()), ...parts, tail.trim()].filter(Boolean).join("\n\n");
  return tidy(outsideCode(stripWrappingTags(stripAnswerLabel(joined)), cleanText));
}

// `<pre><code style="…">wget -O - https://… | bash</code></pre>`: a command written as HTML, which a page of
// Markdown shows without its tags (and the app, which drops raw HTML, would not show at all).
const PRE_BLOCK = /^\s*<pre\b[^>]*>\s*(?:<code\b[^>]*>)?([\s\S]*?)(?:<\/code>)?\s*<\/pre>\s*$/i;
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: " " };

/** The `<pre>` block as a fenced code block: its text, tags removed and entities decoded. */
function fencedPre(html: string): string {
  const code = PRE_BLOCK.exec(html)![1]!
    .replace(/<[^>\n]+>/g, "")
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, decimal?: string, hex?: string, name?: string) =>
      decimal
        ? String.fromCodePoint(Number(decimal))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : (ENTITIES[name!.toLowerCase()] ?? entity),
    )
    .replace(/^\n+|\s+$/g, "");
  const fence = code.includes("```") ? "~~~~" : "```";
  return `${fence}\n${code}\n${fence}`;
}

/** A lead that shows an image (`![错误弹窗](…)`) before `A: …` has its label after the image. */
function afterImages(lead: string): string {
  const paragraphs = lead.split(/\n[ \t]*\n/);
  const labelled = paragraphs.findIndex((p) => !isImageOnly(p));
  if (labelled > 0) paragraphs[labelled] = stripAnswerLabel(paragraphs[labelled]!);
  return paragraphs.join("\n\n");
}

function stripAnswerLabel(text: string): string {
  let start = text.replace(/^\s*(?:<a\b[^>]*>\s*<\/a>\s*|<br\s*\/?>\s*|<!--[\s\S]*?-->\s*)*/i, "");
  // An answer written as a heading, `### A: …`, loses the heading marker with its label.
  const heading = /^#{1,6}[ \t]+/.exec(start);
  if (heading && answerLabelLength(start.slice(heading[0].length)) > 0) start = start.slice(heading[0].length);
  const label = answerLabelLength(start);
  if (label > 0) return start.slice(label);
  // `**A: the whole answer in bold**` keeps its bold.
  const bold = /^(\*\*|__)\s*/.exec(start);
  if (bold) {
    const inner = answerLabelLength(start.slice(bold[0].length));
    if (inner > 0) return bold[1] + start.slice(bold[0].length + inner);
  }
  return start;
}

// `<span style="display:none;">1</span>`: an anchor for the site's script, never shown to a reader.
const HIDDEN_ELEMENT = /<(\w+)\b[^>]*\bstyle=["'][^"']*display:\s*none[^>]*>[\s\S]*?<\/\1\s*>/gi;

// `<font style="color:…">`, pasted from a rich-text editor, says only how the text looked.
const PRESENTATION_TAG = /<\/?(?:font|center|big|tt)\b[^>]*>/gi;

/**
 * Empty anchors, kramdown attribute lines, Hugo shortcodes, `<details>` folds and MDX tags are markup for the
 * site, not for learners; a `<br>` is a line break.
 */
function cleanText(text: string): string {
  const anchors = /<a\s+(?:name|id)=["'][^"']*["']\s*>\s*<\/a>/gi;
  const cleaned = withoutGeneratorSyntax(text.replace(anchors, "").replace(HIDDEN_ELEMENT, "")).replace(
    CONTAINER_FENCE,
    (_, title: string) => (title ? `**${title}**` : ""),
  );
  return outsideInlineCode(cleaned, (part) =>
    withBreaks(withoutPageCode(withoutJsx(withoutFolding(withTypography(part.replace(PRESENTATION_TAG, "")))))),
  );
}

// "QQ群（{{ [7709,1044][Math.floor(Math.random()*2)] }}）", "signing in with {Object.values(require(\"./p.json\")).join(\", \")}":
// code the site runs to fill the page in, which shows nothing without it.
const PAGE_CODE = /\{\{[^{}\n]*\([^{}\n]*\}\}|(?<!=\s*)\{[A-Za-z_$][\w$]*(?:\.[\w$]+)*\([^{}\n]*\)[^{}\n]*\}/g;

/** The page's code goes, with the brackets it leaves empty. */
function withoutPageCode(text: string): string {
  if (!text.includes("{")) return text;
  // (Inside a sentence, an ellipsis keeps its place: "signing in with …".)
  return text
    .replace(PAGE_CODE, "\uE002")
    .replace(/[ \t]*[（(]\uE002[）)]/g, "")
    .replace(/\uE002/g, "…");
}

const TYPOGRAPHY: Record<string, string> = {
  mdash: "—",
  ndash: "–",
  hellip: "…",
  nbsp: " ",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  middot: "·",
  times: "×",
  rarr: "→",
  larr: "←",
  copy: "©",
  reg: "®",
  trade: "™",
};

/**
 * "…on its own &mdash;⏎you have to choose…": a dash or quote written as an entity is the character (its ";"
 * ends no sentence). `&lt;`, `&gt;` and `&amp;` stay: decoded, they would be markup.
 */
function withTypography(text: string): string {
  return text.replace(/&(?:#(\d{2,5})|([a-z]+));/gi, (entity, decimal?: string, name?: string) => {
    if (name) return TYPOGRAPHY[name.toLowerCase()] ?? entity;
    const code = Number(decimal);
    return code >= 0xa0 ? String.fromCodePoint(code) : entity;
  });
}

/** VuePress / Docusaurus containers (`::: tip Title` … `:::`): the fences go, a title stays as bold text. */
const CONTAINER_FENCE = /^ {0,3}:{3,}[ \t]*(?:[A-Za-z][\w-]*)?[ \t]*(\S.*?)?[ \t]*$/gm;

const BR = String.raw`<br\s*\/?>`;
/** A `<br>` ending a line (not a table row) breaks the text there: as Markdown, a new paragraph. */
const LINE_END_BR = new RegExp(String.raw`^((?![ \t]*\|).*?\S)[ \t]*(?:${BR}[ \t]*)+\n(?=[ \t]*\S)`, "gim");
/** A `<br>` between text on one line. */
const INNER_BR = new RegExp(String.raw`(?<=\S)[ \t]*(?:${BR}[ \t]*)+(?=\S)`, "gi");
/** A `<br>` before a blank line, or opening a line, adds nothing to the break already there. */
const SPARE_BR = new RegExp(String.raw`^(?![ \t]*\|)(.*?)[ \t]*(?:${BR}[ \t]*)+$(?!\n[ \t]*\S)`, "gim");
const LINE_START_BR = new RegExp(String.raw`^(?![ \t]*\|)([ \t]*)(?:${BR}[ \t]*)+(?=\S)`, "gim");
/** What a line continued after a break starts with, to stay in the same list item or quote. */
const LINE_PREFIX = /^([ \t]*(?:>[ \t]?)*)((?:[-*+]|\d+[.)])[ \t]+)?/;

/** Text after a `<br>` goes on a line of its own, then every line-ending `<br>` becomes a paragraph break. */
function withBreaks(text: string): string {
  const lines = text.split("\n").map((line) => {
    if (/^[ \t]*\|/.test(line)) return line; // in a table row, a `<br>` is the only way to break a cell
    const [, quote, item] = LINE_PREFIX.exec(line)!;
    return line.replace(INNER_BR, `<br>\n${quote}${" ".repeat(item?.length ?? 0)}`);
  });
  return lines.join("\n").replace(LINE_START_BR, "$1").replace(LINE_END_BR, "$1\n\n").replace(SPARE_BR, "$1");
}

/** `<details>`/`<summary>` fold text away on a web page; in an answer the text is shown, a summary as bold. */
function withoutFolding(text: string): string {
  return text
    .replace(/<summary\b[^>]*>([\s\S]*?)<\/summary>/gi, (_, summary: string) =>
      summary.trim() ? `**${summary.trim()}**` : "",
    )
    .replace(/<\/?(?:details|summary)\b[^>]*>/gi, "");
}

const BRACES = String.raw`\{(?:[^{}]|\{[^{}]*\})*\}`;
/** An MDX/JSX tag with a `{…}` attribute (`<img src={require('./a.png')} />`): page code, not text. */
const JSX_TAG = new RegExp(
  String.raw`<([A-Za-z][\w.]*)\s(?:[^<>{}]|${BRACES})*?=\s*${BRACES}(?:[^<>{}]|${BRACES})*?>`,
  "g",
);

/** JSX tags go with their closing tags; an image keeps a plain alt text. */
function withoutJsx(text: string): string {
  const names = new Set<string>();
  const opened = text.replace(JSX_TAG, (tag, name: string) => {
    if (!tag.endsWith("/>")) names.add(name);
    return /\salt=(["'])(.*?)\1/.exec(tag)?.[2] ?? "";
  });
  return [...names].reduce((t, name) => t.replaceAll(`</${name}>`, ""), opened);
}

/** Applies `change` to the text outside inline code spans, which show markup rather than being markup. */
function outsideInlineCode(text: string, change: (s: string) => string): string {
  const spans: string[] = [];
  const masked = text.replace(
    /(`+)(?:(?!\1)[^\n]|\n(?![ \t]*\n))+?\1(?!`)/g,
    (span) => `\uE000${spans.push(span) - 1}\uE001`,
  );
  return change(masked).replace(/\uE000(\d+)\uE001/g, (_, i: string) => spans[Number(i)]!);
}

function outsideCode(text: string, change: (s: string) => string): string {
  return text
    .split(/(^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\2[ \t]*$)/m)
    .map((part, i) => (i % 3 === 0 ? change(part) : i % 3 === 1 ? part : ""))
    .join("");
}

/** The block's source, with `[text][label]` references replaced by `[text](url)` when the file defines them. */
/** A fence indented by `n` spaces has its lines indented by as many: Markdown takes them off, and so does the answer. */
function withoutFenceIndent(text: string, block: Block): string {
  const indent = (block.position?.start.column ?? 1) - 1;
  if (block.type !== "code" || indent === 0) return text;
  return text.replace(new RegExp(`\n {1,${indent}}`, "g"), "\n");
}

function withInlineLinks(source: string, block: Block, definitions: Definitions): string {
  const from = block.position!.start.offset!;
  let text = sourceOf(source, block);
  if (definitions.size === 0) return text;
  const edits: { start: number; end: number; value: string }[] = [];
  visit(block, (node) => {
    if (node.type !== "linkReference" && node.type !== "imageReference") return;
    const def = definitions.get(node.identifier);
    if (!def || !node.position) return;
    const target = `(${def.url}${def.title ? ` "${def.title.replace(/"/g, '\\"')}"` : ""})`;
    if (node.type === "imageReference") {
      edits.push({
        start: node.position.start.offset!,
        end: node.position.end.offset!,
        value: `![${node.alt ?? ""}]${target}`,
      });
    } else {
      const kids = node.children;
      const label =
        kids.length > 0
          ? source.slice(kids[0]!.position!.start.offset!, kids.at(-1)!.position!.end.offset!)
          : node.label;
      edits.push({ start: node.position.start.offset!, end: node.position.end.offset!, value: `[${label}]${target}` });
      return SKIP;
    }
  });
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    text = text.slice(0, edit.start - from) + edit.value + text.slice(edit.end - from);
  }
  // A large file is parsed in chunks: a `[text][label]` whose definition sits in another chunk is still text.
  return text.replace(/(!?)\[([^\]\n]+)\]\[([^\]\n]+)\]/g, (whole, bang: string, label: string, id: string) => {
    const def = definitions.get(id.toLowerCase().replace(/\s+/g, " ").trim());
    return def ? `${bang}[${label}](${def.url})` : whole;
  });
}

/** Removes the `<p>`…`</p>` (and `<br>`s) wrapped around an HTML answer, or left over from one. */
export function stripWrappingTags(html: string): string {
  let text = html
    .trim()
    .replace(/^(?:<br\s*\/?>\s*)+/i, "")
    .replace(/(?:\s*<br\s*\/?>)+$/i, "");
  for (const tag of ["div", "p"]) {
    const opens = (text.match(new RegExp(`<${tag}\\b[^>]*>`, "gi")) ?? []).length;
    const closes = (text.match(new RegExp(`</${tag}>`, "gi")) ?? []).length;
    const opening = new RegExp(`^<${tag}\\b[^>]*>\\s*`, "i");
    const closing = new RegExp(`\\s*</${tag}>$`, "i");
    if (opens === 1 && closes === 1 && opening.test(text) && closing.test(text)) {
      text = text.replace(opening, "").replace(closing, "");
      continue;
    }
    if (opens > closes) text = text.replace(opening, "");
    if (closes > opens) text = text.replace(closing, "");
    text = text.trim();
  }
  return text;
}

function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
