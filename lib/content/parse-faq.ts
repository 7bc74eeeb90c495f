// Turns one FAQ Markdown file into question/answer entries. Structure comes from a real
// Markdown parser (mdast), so a `#` inside a code fence is code and tables/lists stay intact.
// Every block ends up in an entry, is a title, introduction, table of contents or section heading,
// or is reported in a warning: no text is dropped silently.
import { ContentError, type ContentWarning } from "./content-error";
import { answerLists, listsIn, plainText, type AnswerList } from "./markdown-text";
import { answerMarkdown, definitionsIn, EXPLICIT_ID, isIgnorable } from "./parse-answer";
import {
  blankAnchorLines,
  blankFrontMatter,
  FOLD_NAME,
  lineOf,
  parseBlocks,
  sourceOf,
  unwrapAdmonitions,
  unwrapContainers,
  withHtmlHeadings,
  type Block,
} from "./parse-blocks";
import { memoized } from "./memoized";
import { isNumbered } from "./parse-labels";
import { isPhrasedAsQuestion } from "./question-phrasing";
import {
  findStarts,
  headingText,
  isIndentedCode,
  isLinkList,
  isTocList,
  onlyPointsElsewhere,
  TITLE_NAME,
  type HeadingStart,
  type Start,
} from "./parse-starts";

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

type Role = "entry" | "section" | "links" | "title" | "toc" | "intro" | "empty";
/** Roles whose own text is known not to be an answer: it is skipped without a warning ("empty" warns about its heading). */
const SILENT: Role[] = ["title", "toc", "intro", "empty"];

const TOC_NAME = /^(?:table of contents|contents|toc|目录|目次)$/i;
const INTRO_NAME =
  /^(?:写在前面|前言|序言?|引言|简介|介绍|说明|导读|概述|关于本?(?:文|文档|页面|FAQ)?|intro(?:duction)?|preface|foreword|overview|about(?: this (?:faq|document|page))?|before you (?:start|begin|ask))\s*[:：]?$/i;

const COMPARISON = /\b(?:vs\.?|versus|compared?|comparison|differences?)\b|对比|比较|区别|差异/i;

/** A section pointing to translated versions of the page names no question. */
const TRANSLATIONS_NAME =
  /^(?:translations?|translated versions?|(?:read (?:it )?in )?(?:an)?other languages?|languages|翻译|译文|其他语言(?:版本)?|多语言(?:版本)?)\s*[:：]?$/i;

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ContentError(file, null, "not UTF-8 text; save the file as UTF-8");
  }
  const nul = text.indexOf("\0");
  if (nul >= 0) {
    throw new ContentError(file, text.slice(0, nul).split("\n").length, "contains a NUL byte; this is not a text file");
  }
  return text;
}

// Rules compare the same questions and options again and again: each is normalized once.
export const normalizeQuestion: (question: string) => string = memoized((question) =>
  question.toLowerCase().replace(/[\s\p{P}]+/gu, ""),
);

/** "可以指定关键词爬取吗？`<br>`": a line break put in code by mistake, to be shown as one, is no text. */
function withoutQuotedBreaks(text: string): string {
  return text.replace(/[ \t]*`[ \t]*<br\s*\/?>[ \t]*`/gi, "").replace(/<br\s*\/?>`(?=[ \t]*$)/gim, "`");
}

export function parseFaq(input: string | Uint8Array, file: string): ParsedFaq {
  const raw = typeof input === "string" ? input : decodeUtf8(input, file);
  const text = blankFrontMatter(raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  const source = unwrapAdmonitions(unwrapContainers(withoutQuotedBreaks(blankAnchorLines(text))));
  const blocks = withHtmlHeadings(parseBlocks(source), source);
  const starts = findStarts(blocks, source);
  const definitions = definitionsIn(blocks);
  const warnings: ContentWarning[] = [];
  const entries: ParsedEntry[] = [];
  const accounted = blocks.map(isIgnorable);
  const candidates = starts.map((start, i) => blocks.slice(start.index + 1, starts[i + 1]?.index ?? blocks.length));
  const { roles, grouping } = assignRoles(starts, candidates, warnings, source);
  // The preamble (title, badges, introduction) ends at the first entry or named section: a section's text is not one.
  const preambleEnd = starts.find(
    (s, i) => roles[i] === "entry" || (roles[i] === "section" && !TITLE_NAME.test(s.question)),
  );
  for (let i = 0; i < (preambleEnd?.index ?? blocks.length); i++) accounted[i] = true;
  const sections: { depth: number; title: string | null }[] = [];
  const seen = new Map<string, number>();

  starts.forEach((start, i) => {
    const topic = start.type === "heading" ? enclosingTopic(sections, start) : (sections.at(-1)?.title ?? null);
    if (start.type === "heading") {
      if (roles[i] === "section" || (roles[i] === "entry" && grouping.has(i))) {
        sections.push({ depth: start.node.depth, title: TITLE_NAME.test(start.question) ? null : start.question });
      }
    }
    accounted[start.index] = true;
    if (roles[i] === "empty") {
      warnings.push({
        line: start.line,
        message: `heading "${start.question}" has no text under it; not an entry`,
        dropped: true,
      });
    }
    if (roles[i] !== "entry") {
      if (SILENT.includes(roles[i]!)) candidates[i]!.forEach((_, k) => (accounted[start.index + 1 + k] = true));
      return;
    }
    const own = start.type !== "heading" && start.own && !continuesLastItem(blocks, starts, i, candidates[i]!);
    const { body, tail, end } = own
      ? { body: [], tail: "", end: 0 }
      : answerBlocks(source, candidates[i]!, start.type === "details", i === starts.length - 1);
    for (let k = 0; k < end; k++) accounted[start.index + 1 + k] = true;

    let explicitId =
      explicitIdBefore(blocks, start.index) ?? (start.type === "heading" ? inlineExplicitId(start) : null);
    let answerBody = body;
    if (answerBody[0]?.type === "html" && EXPLICIT_ID.test(answerBody[0].value)) {
      explicitId = explicitId ?? EXPLICIT_ID.exec(answerBody[0].value)![1]!;
      answerBody = answerBody.slice(1);
    }
    let lead = start.type === "heading" ? "" : start.lead;
    // `10.  证书发放问题` over text indented four spaces: too little for the item, so Markdown made it code.
    if (start.type === "item" && !lead && isIndentedCode(answerBody[0], source)) {
      lead = (answerBody[0] as { value: string }).value;
      answerBody = answerBody.slice(1);
    }
    const definition = start.type !== "heading" && start.definition === true;
    const answer = answerMarkdown(source, lead, answerBody, definitions, tail, definition);
    const question = start.question;
    if (!question) return void warnings.push({ line: start.line, message: "question text is empty; entry skipped" });
    if (!answer) {
      return void warnings.push({ line: start.line, message: `"${question}" has an empty answer; entry skipped` });
    }
    const key = normalizeQuestion(question);
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      const message = `"${question}" repeats the question on line ${firstLine}; kept the first`;
      return void warnings.push({ line: start.line, message });
    }
    seen.set(key, start.line);
    const plain = lead.trim() === "" && tail === "" && definitions.size === 0;
    const lists = plain ? listsIn(source, answerBody) : answerLists(answer);
    const kind = start.type === "heading" && !start.phrased ? "topic" : "question";
    entries.push({ kind, topic, question, answer, line: start.line, explicitId, lists });
  });

  warnings.push(...droppedBlocks(source, blocks, accounted));
  if (entries.length === 0) {
    throw new ContentError(
      file,
      null,
      "no question/answer entries found (use headings such as `### Q: …?` or bold `**Q: …?**` paragraphs)",
    );
  }
  return { entries, warnings: warnings.sort((a, b) => a.line - b.line) };
}

/** What each start is: an entry, or a title, section, table of contents or introduction around entries. */
function assignRoles(
  starts: Start[],
  candidates: Block[][],
  warnings: ContentWarning[],
  source: string,
): { roles: Role[]; grouping: Set<number> } {
  const hasBody = (i: number) => candidates[i]!.some((b) => !isIgnorable(b));
  const amongEntries = entryLevelHeadings(starts, hasBody);
  const grouping = new Set<number>();
  let entrySeen = false;
  const roles = starts.map((start, i): Role => {
    const role = roleOf(start, i);
    entrySeen ||= role === "entry";
    return role;
  });
  function roleOf(start: Start, i: number): Role {
    // `::: details 点击展开视频教程`, `<summary>Click to expand</summary>`: a fold named for the click, asking nothing.
    if (start.type === "details" && FOLD_NAME.test(start.question)) {
      const message = `"${start.question}" is a fold, not a question; not an entry`;
      if (hasBody(i)) warnings.push({ line: start.line, message, dropped: true });
      return "intro";
    }
    if (start.type !== "heading") return "entry";
    const { question, phrased } = start;
    // A `#` heading after entries names a part of the page, or is a footer (`# Contact us`) whose text is left out.
    if (start.title && entrySeen) {
      if (groupsOthers(starts, i, hasBody)) return "section";
      const message = `"${question}" follows the entries and is not a question; not an entry`;
      if (hasBody(i)) warnings.push({ line: start.line, message, dropped: true });
      return "intro";
    }
    if (start.title) return "title";
    const groups = groupsOthers(starts, i, hasBody);
    // `### 游戏启动时卡在白屏` with text, then `####` special cases, among sibling entries: an entry and their section.
    if (groups && !phrased && hasBody(i) && amongEntries.has(i)) {
      grouping.add(i);
      return "entry";
    }
    if (groups && (!phrased || !hasBody(i))) return "section";
    if (start.rejected) {
      const why = start.rejected === "struck" ? "is struck through" : "is only a code name, not a question";
      if (hasBody(i)) warnings.push({ line: start.line, message: `"${question}" ${why}; not an entry`, dropped: true });
      return "intro";
    }
    if (phrased) return "entry";
    const body = candidates[i]!.filter((b) => !isIgnorable(b));
    if (TOC_NAME.test(question) || (body.length > 0 && body.every((b) => b.type === "list" && isTocList(b))))
      return "toc";
    if (body.length > 0 && body.every((b) => b.type === "list" && isLinkList(b))) return "links"; // "Resources", "See also"
    if (TRANSLATIONS_NAME.test(question)) return "links";
    // An FAQ-named heading after entries whose text gave none (a list read as no questions) has its text reported.
    if (TITLE_NAME.test(question)) return entrySeen && body.length > 0 ? "section" : "title";
    if (INTRO_NAME.test(question)) return "intro";
    // `### Course facts for 2014` over a table is reference data; `### 行锁 vs 表锁` over one compares, as an answer.
    if (body[0]?.type === "table" && !COMPARISON.test(question)) {
      const message = `"${question}" asks nothing and its text opens with a table; not an entry`;
      warnings.push({ line: start.line, message, dropped: true });
      return "intro";
    }
    // `## 2. RGA` over "RGA相关问题请参考[RGA文档](…)。" between `## 1. 常见问题` and `## 3. YOLO`: a part of the
    // page whose questions are elsewhere. Among entries, such a heading is a problem whose answer is a pointer.
    if (!amongEntries.has(i) && onlyPointsElsewhere(body, source)) {
      const message = `"${question}" only points elsewhere and is not a question; not an entry`;
      warnings.push({ line: start.line, message, dropped: true });
      return "intro";
    }
    return body.length > 0 ? "entry" : "empty";
  }
  // In a page with an "FAQ" / "Q & A" / "常见问题" section, statements outside it (a "Quick review" before it,
  // "License" after it) are not entries; questions anywhere are.
  // `## 1. 常见问题` numbered like `## 2. RGA` and `## 3. YOLO` is the first of the FAQ's parts, not the FAQ part of a page.
  const numberedPart = (start: Start) =>
    start.type === "heading" && !start.title && isNumbered(headingText(start.node));
  const isPart = (i: number) => roles[i] === "section" || roles[i] === "title";
  const titled = (i: number) => isPart(i) && TITLE_NAME.test(starts[i]!.question) && !numberedPart(starts[i]!);
  const hasFaqTitle = starts.some((_, i) => titled(i));
  const named = (i: number) =>
    titled(i) || (hasFaqTitle && isPart(i) && QUESTIONS_PART.test(starts[i]!.question) && !numberedPart(starts[i]!));
  const sections = enclosingSections(starts, (i) => roles[i] === "section" || named(i));
  // A page title naming the FAQ (`# lx-music 常见问题`) opens all of it: its `## 常见问题` is one part among
  // `## 已知问题` and `## 其他问题`, whose headings are problems with answers.
  const faq = new Set(starts.flatMap((_, i) => (named(i) ? [i] : [])));
  // `## 常见问题` opening the file, then `## 1. 七牛图床上传…` at its own level: the page's title, written one level down.
  const first = starts[0];
  const next = starts.find((s, i) => i > 0 && s.type === "heading");
  const openedByFaqTitle =
    first?.type === "heading" && titled(0) && next?.type === "heading" && next.node.depth <= first.node.depth;
  // Where questions carry explicit labels (`**问：…？**`), an unlabelled statement heading is a section heading,
  // and the text under it is reported as left out.
  const labelled = starts.filter((s) => s.type === "paragraph" && s.labelled).length >= 2;
  // Where question headings carry labels (`#### **Q**: …`), an unlabelled heading above them ("## Appreciate my
  // work?", "## Read this before asking for support.") is a section of the page, not a question of the FAQ.
  const labelledDepths = starts.flatMap((s) => (s.type === "heading" && s.labelled ? [s.node.depth] : []));
  const labelledDepth = labelledDepths.length >= 2 && new Set(labelledDepths).size === 1 ? labelledDepths[0]! : null;
  starts.forEach((start, i) => {
    if (roles[i] !== "entry") return;
    if (
      start.type === "heading" &&
      !start.labelled &&
      labelledDepth !== null &&
      start.node.depth < labelledDepth &&
      !isNumbered(headingText(start.node))
    ) {
      roles[i] = "section";
      return;
    }
    // `<details><summary>点击展开源码运行说明</summary>` in a README's install section is a fold, not a question.
    const fold = start.type === "details" && !isPhrasedAsQuestion(start.question);
    if (!fold && (start.type !== "heading" || start.phrased)) return;
    if (faq.size === 0 || openedByFaqTitle || sections[i]!.some((j) => faq.has(j))) {
      if (start.type !== "heading") return;
      // `### 8.卡营火` with its answer, numbered on from the sections of labelled questions, is one more problem.
      if (labelled && !(isNumbered(headingText(start.node)) && !grouping.has(i))) roles[i] = "section";
      return;
    }
    roles[i] = "intro";
    const message = `"${start.question}" is outside the FAQ section and not a question; not an entry`;
    warnings.push({ line: start.line, message, dropped: true });
  });
  return { roles, grouping };
}

// `# 部署相关问题`, `# 使用相关问题` beside `# 常见问题`, "## Setup issues" beside "## FAQ": a part of the FAQ by its
// name, whose statement headings ("我部署好了，但是无法访问") are problems with answers.
const QUESTIONS_PART =
  /^(?:.{0,12}(?:相关|常见|其他|其它|已知|使用|部署|安装|配置|运行|网络)(?:问题|疑问)(?:汇总|解答|合集)?|(?:[\w.\-/&]+ ){0,3}?(?:common|known|general|other|setup|installation|usage|deployment|network|[\w-]+-related) (?:questions|issues|problems))$/i;

/** Pops the sections a heading closes, and gives the topic it sits in. */
function enclosingTopic(sections: { depth: number; title: string | null }[], start: HeadingStart): string | null {
  while (sections.length && sections.at(-1)!.depth >= start.node.depth) sections.pop();
  if (start.title) sections.length = 0;
  return sections.at(-1)?.title ?? null;
}

/** Headings among siblings (same depth, same parent heading) that are mostly entries with text and nothing deeper. */
function entryLevelHeadings(starts: Start[], hasBody: (i: number) => boolean): Set<number> {
  const groups = new Map<string, number[]>();
  const open: { depth: number; index: number }[] = [];
  starts.forEach((start, i) => {
    if (start.type !== "heading") return;
    while (open.length && open.at(-1)!.depth >= start.node.depth) open.pop();
    const key = `${open.at(-1)?.index ?? -1}:${start.node.depth}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(i);
    open.push({ depth: start.node.depth, index: i });
  });
  // A question with its text is an entry whatever follows it.
  const leaf = (i: number) =>
    hasBody(i) && (!groupsOthers(starts, i, hasBody) || (starts[i]!.type === "heading" && starts[i]!.phrased));
  const result = new Set<number>();
  for (const members of groups.values()) {
    const leaves = members.filter(leaf).length;
    if (leaves >= 2 && leaves * 2 > members.length) members.forEach((i) => result.add(i));
  }
  return result;
}

/** For each start, the indexes of the section headings it sits in, outermost first. */
function enclosingSections(starts: Start[], opens: (i: number) => boolean): number[][] {
  const open: { depth: number; index: number }[] = [];
  return starts.map((start, i) => {
    const depth = start.type === "heading" ? start.node.depth : 7;
    while (open.length && open.at(-1)!.depth >= depth) open.pop();
    const inside = open.map((o) => o.index);
    if (opens(i)) open.push({ depth, index: i });
    return inside;
  });
}

/** A heading groups other entries when a deeper heading with a body, or a non-heading question, follows before its next sibling. */
function groupsOthers(starts: Start[], i: number, hasBody: (i: number) => boolean): boolean {
  const depth = (starts[i] as HeadingStart).node.depth;
  for (let j = i + 1; j < starts.length; j++) {
    const later = starts[j]!;
    if (later.type !== "heading") return true;
    if (later.node.depth <= depth) return false;
    if (later.phrased || hasBody(j)) return true;
  }
  return false;
}

/**
 * The blocks of an answer among those up to the next start. A `---` before the next entry is a separator;
 * after the last entry it starts a footer, which is not part of the answer. A <details> answer ends at </details>.
 */
/**
 * Text starting on the very line after a list of questions ends (no blank line between, as after a code fence
 * inside an item) is the writer's continuation of the list's last answer, and so is what follows it up to the
 * next question.
 */
function continuesLastItem(blocks: Block[], starts: Start[], i: number, after: Block[]): boolean {
  const start = starts[i]!;
  if (start.type !== "item" || starts[i + 1]?.index === start.index) return false;
  const first = after.find((b) => !isIgnorable(b));
  const listEnd = blocks[start.index]!.position?.end.line;
  return first !== undefined && first === after[0] && listEnd !== undefined && lineOf(first) === listEnd + 1;
}

function answerBlocks(
  source: string,
  candidates: Block[],
  details: boolean,
  last: boolean,
): { body: Block[]; tail: string; end: number } {
  if (details) {
    const close = candidates.findIndex((b) => /<\/details>/i.test(sourceOf(source, b)));
    if (close >= 0) {
      const tail = sourceOf(source, candidates[close]!).split(/<\/details>/i)[0]!;
      return { body: candidates.slice(0, close), tail, end: close + 1 };
    }
  }
  let end = candidates.length;
  while (end > 0 && (isIgnorable(candidates[end - 1]!) || isIdComment(candidates[end - 1]!))) end--;
  let body = candidates.slice(0, end);
  if (last) {
    const rule = body.findLastIndex((b) => b.type === "thematicBreak");
    if (rule >= 0) body = body.slice(0, rule);
  }
  return { body, tail: "", end: body.length };
}

function isIdComment(block: Block): boolean {
  return block.type === "html" && EXPLICIT_ID.test(block.value);
}

function explicitIdBefore(blocks: Block[], index: number): string | null {
  const prev = blocks[index - 1];
  if (prev?.type !== "html") return null;
  return EXPLICIT_ID.exec(prev.value)?.[1] ?? null;
}

function inlineExplicitId(start: HeadingStart): string | null {
  for (const child of start.node.children) {
    const match = child.type === "html" ? EXPLICIT_ID.exec(child.value) : null;
    if (match) return match[1]!;
  }
  return null;
}

/** One warning per run of consecutive blocks that belong to no entry and are no title, intro, TOC or heading. */
function droppedBlocks(source: string, blocks: Block[], accounted: boolean[]): ContentWarning[] {
  const warnings: ContentWarning[] = [];
  let previous = -1; // the last block with text of its own: a link definition or rule does not end a run
  blocks.forEach((block, i) => {
    const before = previous;
    if (!isIgnorable(block)) previous = i;
    if (accounted[i] || (before >= 0 && !accounted[before] && !isIdComment(blocks[before]!))) return;
    if (isIdComment(block)) return;
    const raw = sourceOf(source, block);
    const text = (plainText(raw) || raw).replace(/\s+/g, " ").trim(); // a code block has no plain text
    const snippet = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    const message = `text not under any question was left out: "${snippet}"`;
    warnings.push({ line: lineOf(block), message, dropped: true });
  });
  return warnings;
}
