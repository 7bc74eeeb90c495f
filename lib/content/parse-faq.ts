// Turns one FAQ Markdown file into question/answer entries. Structure comes from a real
// Markdown parser (mdast), so a `#` inside a code fence is code and tables/lists stay intact.
import type { Heading, Html, Paragraph, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { ContentError, type ContentWarning } from "./content-error";
import { answerLists, listsIn, parseMarkdown, type AnswerList } from "./markdown-text";
import { hasQuestionPrefix, isPhrasedAsQuestion, stripQuestionPrefix } from "./question-phrasing";

export type EntryKind = "question" | "topic";

export type ParsedEntry = {
  kind: EntryKind;
  /** Innermost section heading above the entry, or null. */
  topic: string | null;
  question: string;
  /** Markdown, with quote markers and answer prefixes removed. */
  answer: string;
  line: number;
  explicitId: string | null;
  /** The answer's lists, read while parsing so that generators need not parse the answer again. */
  lists: AnswerList[];
};

export type ParsedFaq = { entries: ParsedEntry[]; warnings: ContentWarning[] };

type Block = RootContent;
type Start =
  | { type: "heading"; index: number; node: Heading }
  | { type: "bold"; index: number; node: Paragraph }
  | { type: "details"; index: number; node: Html };

const EXPLICIT_ID = /<!--\s*id\s*:\s*([A-Za-z0-9][\w.-]*)\s*-->/;

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ContentError(file, null, "not UTF-8 text; save the file as UTF-8");
  }
  const nul = text.indexOf("\0");
  if (nul >= 0) throw new ContentError(file, text.slice(0, nul).split("\n").length, "contains a NUL byte; this is not a text file");
  return text;
}

export function parseFaq(input: string | Uint8Array, file: string): ParsedFaq {
  const raw = typeof input === "string" ? input : decodeUtf8(input, file);
  const source = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const blocks = parseBlocks(source);
  const starts = findQuestionStarts(blocks);
  const warnings: ContentWarning[] = [];
  const entries: ParsedEntry[] = [];
  const sections: { depth: number; title: string }[] = [];
  const seen = new Map<string, number>();

  starts.forEach((start, i) => {
    const next = starts[i + 1]?.index ?? blocks.length;
    const line = lineOf(start.node);
    let question: string;
    let answerBlocks: Block[];
    let leadingText = "";
    let kind: EntryKind = "question";
    let explicitId = explicitIdBefore(blocks, start.index);

    if (start.type === "heading") {
      const heading = start.node;
      const text = headingText(heading);
      explicitId = explicitId ?? inlineExplicitId(heading);
      const phrased = isPhrasedAsQuestion(text);
      while (sections.length && sections[sections.length - 1]!.depth >= heading.depth) sections.pop();
      if (heading.depth === 1 && !hasQuestionPrefix(text)) return; // a document or part title
      answerBlocks = bodyOf(blocks, start.index + 1, next);
      const groupsOthers = hasChildStart(starts, i, heading.depth, blocks);
      if (groupsOthers && (!phrased || answerBlocks.length === 0)) {
        sections.push({ depth: heading.depth, title: stripQuestionPrefix(text) });
        return; // a section heading: its own text is an intro, not an entry
      }
      if (!phrased && answerBlocks.length === 0) return; // an empty non-question heading, e.g. a table of contents
      question = stripQuestionPrefix(text);
      kind = phrased ? "question" : "topic";
    } else if (start.type === "bold") {
      const strong = start.node.children[0]!;
      question = stripQuestionPrefix(toString(strong));
      leadingText = source.slice(strong.position!.end.offset!, start.node.position!.end.offset!);
      if (!question) {
        // `**Q:** What is TCP?`: the bold part is only the prefix; the question is the rest of the line.
        const [firstLine = "", ...rest] = leadingText.replace(/^[ \t]+/, "").split("\n");
        question = firstLine.replace(/\*\*|__|`/g, "").trim();
        leadingText = rest.join("\n");
      }
      answerBlocks = bodyOf(blocks, start.index + 1, next);
    } else {
      const parsed = parseDetails(start.node.value);
      question = parsed.question;
      leadingText = parsed.inlineAnswer ?? "";
      answerBlocks = parsed.inlineAnswer === null ? detailsBody(blocks, start.index + 1, next) : [];
    }

    if (answerBlocks[0]?.type === "html" && EXPLICIT_ID.test(answerBlocks[0].value)) {
      explicitId = explicitId ?? EXPLICIT_ID.exec(answerBlocks[0].value)![1]!;
      answerBlocks = answerBlocks.slice(1);
    }
    const answer = answerMarkdown(source, leadingText, answerBlocks);
    if (!question) {
      warnings.push({ line, message: "question text is empty; entry skipped" });
      return;
    }
    if (!answer) {
      warnings.push({ line, message: `"${question}" has an empty answer; entry skipped` });
      return;
    }
    const key = normalizeQuestion(question);
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      warnings.push({ line, message: `"${question}" repeats the question on line ${firstLine}; kept the first` });
      return;
    }
    seen.set(key, line);
    const lists = leadingText.trim() ? answerLists(answer) : listsIn(source, answerBlocks);
    entries.push({ kind, topic: sections.at(-1)?.title ?? null, question, answer, line, explicitId, lists });
  });

  if (entries.length === 0) {
    throw new ContentError(file, null, "no question/answer entries found (use headings such as `### Q: …?` or bold `**Q: …?**` paragraphs)");
  }
  return { entries, warnings };
}

const CHUNK_SIZE = 20_000;

/**
 * Top-level blocks with positions in `source`. micromark slows down more than linearly on very
 * large documents, so big files are parsed in chunks cut just before an ATX heading outside a
 * code fence, which always starts a new block.
 */
function parseBlocks(source: string): Block[] {
  if (source.length <= CHUNK_SIZE) return parseMarkdown(source).children;
  const blocks: Block[] = [];
  let fence: string | null = null;
  let rawUntil: RegExp | null = null; // inside an HTML comment or <pre>/<script>/<style>/<textarea> block
  let chunkStart = 0;
  let chunkLine = 0;
  let offset = 0;
  const lines = source.split("\n");
  const flush = (end: number, endLine: number) => {
    const tree = parseMarkdown(source.slice(chunkStart, end));
    visit(tree, (node) => {
      if (!node.position) return;
      for (const point of [node.position.start, node.position.end]) {
        point.line += chunkLine;
        if (point.offset !== undefined) point.offset += chunkStart;
      }
    });
    blocks.push(...tree.children);
    chunkStart = end;
    chunkLine = endLine;
  };
  lines.forEach((line, i) => {
    if (fence !== null) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length) fence = null;
    } else if (rawUntil !== null) {
      if (rawUntil.test(line)) rawUntil = null;
    } else {
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      const comment = /^ {0,3}<!--/.test(line) && !line.slice(line.indexOf("<!--") + 4).includes("-->");
      const raw = /^ {0,3}<(script|pre|style|textarea)[\s>]/i.exec(line);
      if (open) fence = open;
      else if (comment) rawUntil = /-->/;
      else if (raw && !new RegExp(`</${raw[1]}>`, "i").test(line)) rawUntil = new RegExp(`</${raw[1]}>`, "i");
      else if (/^#{1,6}(\s|$)/.test(line) && offset - chunkStart >= CHUNK_SIZE) flush(offset, i);
    }
    offset += line.length + 1;
  });
  flush(source.length, lines.length);
  return blocks;
}

export function normalizeQuestion(question: string): string {
  return question.toLowerCase().replace(/[\s\p{P}]+/gu, "");
}

function findQuestionStarts(blocks: Block[]): Start[] {
  const starts: Start[] = [];
  blocks.forEach((node, index) => {
    if (node.type === "heading") starts.push({ type: "heading", index, node });
    else if (node.type === "paragraph" && isBoldQuestion(node)) starts.push({ type: "bold", index, node });
    else if (node.type === "html" && /<details[\s>]/i.test(node.value) && /<summary[\s>]/i.test(node.value)) {
      // Several <details> blocks without blank lines between them form one HTML block.
      for (const segment of node.value.split(/(?=<details[\s>])/i).filter((s) => /<summary[\s>]/i.test(s))) starts.push({ type: "details", index, node: { ...node, value: segment } });
    }
  });
  return starts;
}

function isBoldQuestion(paragraph: Paragraph): boolean {
  const first = paragraph.children[0];
  if (first?.type !== "strong") return false;
  const text = toString(first).trim();
  return hasQuestionPrefix(text) || /[?？]$/.test(text);
}

/** A heading groups other entries when a deeper heading, or a bold/details question, follows before its next sibling. */
function hasChildStart(starts: Start[], i: number, depth: number, blocks: Block[]): boolean {
  for (let j = i + 1; j < starts.length; j++) {
    const later = starts[j]!;
    if (later.type !== "heading") return true;
    if (later.node.depth <= depth) return false;
    const laterEnd = starts[j + 1]?.index ?? blocks.length;
    if (isPhrasedAsQuestion(headingText(later.node)) || bodyOf(blocks, later.index + 1, laterEnd).length > 0) return true;
  }
  return false;
}

/** Blocks that answer the question: everything up to the next question, stopping at a thematic break (a footer follows). */
function bodyOf(blocks: Block[], from: number, to: number): Block[] {
  const body: Block[] = [];
  for (let i = from; i < to; i++) {
    const block = blocks[i]!;
    if (block.type === "thematicBreak") break;
    if (block.type === "html" && /^<!--[\s\S]*-->$/.test(block.value.trim()) && !EXPLICIT_ID.test(block.value)) continue;
    if (block.type === "definition") continue;
    body.push(block);
  }
  // An explicit id comment just before the next question belongs to that question.
  while (body.length && body.at(-1)!.type === "html" && EXPLICIT_ID.test((body.at(-1) as Html).value)) body.pop();
  return body;
}

function detailsBody(blocks: Block[], from: number, to: number): Block[] {
  const body: Block[] = [];
  for (let i = from; i < to; i++) {
    const block = blocks[i]!;
    if (block.type === "html" && /<\/details>/i.test(block.value)) {
      const before = block.value.split(/<\/details>/i)[0]!.trim();
      if (before) body.push({ ...block, value: before });
      break;
    }
    body.push(block);
  }
  return body;
}

function parseDetails(html: string): { question: string; inlineAnswer: string | null } {
  const summary = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(html);
  const question = stripQuestionPrefix(summaryText(summary?.[1] ?? ""));
  const after = html.slice((summary?.index ?? 0) + (summary?.[0].length ?? 0));
  const close = /<\/details>/i.exec(after);
  return { question, inlineAnswer: close ? after.slice(0, close.index).trim() : after.trim() || null };
}

/** The text of a <summary>: tags, bold markers and common entities removed. */
function summaryText(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/\*\*|__/g, "")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

function headingText(heading: Heading): string {
  return toString({ ...heading, children: heading.children.filter((c) => c.type !== "html") }).trim();
}

function inlineExplicitId(heading: Heading): string | null {
  for (const child of heading.children) {
    if (child.type === "html") {
      const match = EXPLICIT_ID.exec(child.value);
      if (match) return match[1]!;
    }
  }
  return null;
}

function explicitIdBefore(blocks: Block[], index: number): string | null {
  const prev = blocks[index - 1];
  if (prev?.type !== "html") return null;
  return EXPLICIT_ID.exec(prev.value)?.[1] ?? null;
}

function answerMarkdown(source: string, leadingText: string, blocks: Block[]): string {
  const allQuotes = blocks.length > 0 && blocks.every((b) => b.type === "blockquote");
  const parts = blocks.map((block) => {
    const text = source.slice(block.position!.start.offset!, block.position!.end.offset!);
    if (block.type === "html" && leadingText === "" && !blocks.some((b) => b.type !== "html")) return text;
    return allQuotes ? text.replace(/^[ \t]*>[ \t]?/gm, "") : text;
  });
  const joined = [leadingText.trim(), ...parts].filter(Boolean).join("\n\n");
  return tidy(stripLeadingAnswerPrefix(joined));
}

function stripLeadingAnswerPrefix(text: string): string {
  return text
    .replace(/^\s*(\*\*|__)(?:A\d*|答)\s*[:：]\s*\1\s*/i, "")
    .replace(/^\s*(\*\*|__)(?:A\d*|答)\s*[:：]\s*/i, "$1")
    .replace(/^\s*(?:A\d*|答)\s*[:：]\s*/i, "");
}

function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function lineOf(node: Block): number {
  return node.position?.start.line ?? 1;
}
