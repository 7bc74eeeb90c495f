// Where entries start: question headings, labelled or bold question paragraphs, <details> blocks and
// lists of questions. A heading below a question heading that is not itself a question is part of its answer.
import type { Heading, List, ListItem, Paragraph, Table } from "mdast";
import { isIgnorable, stripWrappingTags } from "./parse-answer";
import { lineOf, sourceOf, type Block } from "./parse-blocks";
import {
  answerLabelLength,
  DEFINITION,
  withoutDefinitionMarkers,
  hasQuestionLabel,
  inlineText,
  isNumbered,
  phrasingText,
  questionLabelLength,
  stripQuestionLabel,
  withoutAnchors,
  withoutGeneratorSyntax,
  withoutNumbering,
} from "./parse-labels";
import { isPhrasedAsQuestion, readsAsProblem } from "./question-phrasing";
import { stripHtmlTags, visualLength } from "./markdown-text";

/** `title`: a `#` heading that names the document (not a question, or the only `#` heading). */
export type HeadingStart = {
  type: "heading";
  index: number;
  line: number;
  node: Heading;
  question: string;
  phrased: boolean;
  title: boolean;
  /** Why the heading is no question whatever it says: see `notAQuestion`. */
  rejected?: Rejection;
  /** The heading carries an explicit question label (`#### **Q**: …`). */
  labelled?: boolean;
};
/**
 * `lead` is answer text inside the start's own block; `own` says the answer is complete without the blocks after it.
 * `labelled`: the question carries an explicit label (`问：`, `Q:`). `definition`: a definition-list term, whose
 * answer paragraphs open with `: `.
 */
export type InlineStart = {
  type: "paragraph" | "details" | "item";
  index: number;
  line: number;
  question: string;
  lead: string;
  own: boolean;
  labelled?: boolean;
  definition?: boolean;
};
export type Start = HeadingStart | InlineStart;

export const TITLE_NAME =
  /^(?:(?:[\w.\- ]{0,30}\s)?(?:FAQs?|F\.A\.Q\.?|Frequently Asked Questions|Q\s*&\s*A)(?:\s+(?:section|part))?|.{0,20}(?:常见问题|常见问答|问答|答疑|常被?问到?的问题|常问问题)(?:[与和及]解答)?(?:汇总|解答|集锦|列表|合集|部分)*)(?:\s*[(（][^)）]*[)）])?$/i;

const POINTS_ELSEWHERE =
  /^[^。.!！?？\n]{0,40}?(?:请|可以?|please\s+)?(?:参考|参见|参阅|详见|查看|see|refer to|consult)\s*[:：]?\s*\[[^\]\n]+\]\([^)\n]*\)\s*[。.]?$/i;

/** A heading's text that is one paragraph pointing to another document ("RGA相关问题请参考[RGA文档](…)。"). */
export function onlyPointsElsewhere(body: Block[], source: string): boolean {
  return body.length === 1 && body[0]!.type === "paragraph" && POINTS_ELSEWHERE.test(sourceOf(source, body[0]!).trim());
}

/** `### Serial device is not detected…` under a question: a problem of its own, unless its text only points elsewhere. */
function isOwnProblem(blocks: Block[], index: number, question: string, source: string): boolean {
  return (
    readsAsProblem(question) &&
    !onlyPointsElsewhere(
      sectionOf(blocks, index).filter((b) => !isIgnorable(b)),
      source,
    )
  );
}

export function findStarts(blocks: Block[], source: string): Start[] {
  const starts: Start[] = [];
  let questionDepth: number | null = null; // depth of the question heading whose answer we are in
  let underFaqTitle = false; // the nearest heading above names the FAQ (`## F.A.Q.`)
  const oneTitle = blocks.filter((b) => b.type === "heading" && b.depth === 1).length === 1;
  let stepsUntil = -1; // a run of bare sub-headings (`### Step 1: …`) that is the text of the heading above
  const levels = entryLevels(blocks);
  const open: { depth: number; phrased: boolean }[] = []; // the headings above, as starts
  const quotedQuestions = blocks.filter((b, i) => quotedQuestion(b, blocks[i + 1], source, false)).length;
  let detailsEnd = -1; // the block that closes an open <details> answer
  const itemGroups = itemSections(blocks, source);
  let inItemGroup = false; // the nearest heading above only groups list items that are entries
  blocks.forEach((node, index) => {
    if (index < stepsUntil) return;
    // `<summary>问题？</summary>` then `### 问题描述` / `### 解决方法`: headings before </details> are the answer's.
    if (index < detailsEnd) return;
    if (node.type === "heading") {
      stepsUntil = bareSubheadingsEnd(blocks, index);
      const raw = headingText(node);
      const question = stripQuestionLabel(raw);
      const phrased = isQuestionHeading(node);
      // A sub-heading of the answer, unless it tells a problem of its own (`### Serial device is not detected…`).
      if (
        questionDepth !== null &&
        node.depth > questionDepth &&
        !phrased &&
        !isOwnProblem(blocks, index, question, source)
      )
        return;
      while (open.length && open.at(-1)!.depth >= node.depth) open.pop();
      // `## What is X?`, `### What is a Y?`, `### What is a Z?`, `### X as a whole`: the statement among the
      // parent question's sub-questions continues its answer, as the text of the sub-question before it.
      // (`### 2、语音合成经常超时` after `### 1、…？` is not one: it goes on numbering its siblings.)
      const previous = starts.at(-1);
      if (
        !phrased &&
        open.at(-1)?.phrased &&
        previous?.type === "heading" &&
        previous.phrased &&
        previous.node.depth === node.depth &&
        !(isNumbered(raw) && isNumbered(headingText(previous.node)))
      )
        return;
      inItemGroup = itemGroups.has(index);
      underFaqTitle = TITLE_NAME.test(question) || inItemGroup;
      if (!phrased && interruptsNumbering(blocks, index, starts.at(-1))) return;
      // `### Q: …` then `### A: …`, or `<summary>问：…</summary>` then `#### 回答：`: the answer heading belongs to the question.
      const answersDetails = previous?.type === "details" && !previous.own;
      if ((questionDepth !== null || answersDetails) && answerLabelLength(raw) > 0) return;
      const title = node.depth === 1 && !hasQuestionLabel(raw) && (!phrased || oneTitle);
      questionDepth = (phrased || ownsSubheadings(blocks, index, levels, source)) && !title ? node.depth : null;
      const rejected = notAQuestion(node);
      const labelled = hasQuestionLabel(raw.replace(/^[\s*_]+/, ""));
      starts.push({ type: "heading", index, line: lineOf(node), node, question, phrased, title, rejected, labelled });
      open.push({ depth: node.depth, phrased });
      return;
    }
    if (questionDepth !== null) return;
    if (node.type === "paragraph") {
      const next = blocks[index + 1];
      const term = definitionTerm(node, next, source);
      if (term)
        return void starts.push({
          type: "paragraph",
          index,
          line: lineOf(node),
          ...term,
          own: false,
          definition: true,
        });
      const answerFollows = next?.type === "paragraph" && answerLabelLength(withoutAnchors(sourceOf(source, next))) > 0;
      const found = paragraphQuestion(node, source, { answerFollows });
      const labelled = hasQuestionLabel(withoutAnchors(sourceOf(source, node)).replace(/^[\s*_]+/, ""));
      if (found) starts.push({ type: "paragraph", index, line: lineOf(node), ...found, own: false, labelled });
    } else if (node.type === "blockquote" && node.children[0]?.type === "paragraph") {
      // `> **问：** …？` with the answer quoted below it or in the next quote; or `> 安装后没有反应？` alone,
      // with the answer in plain text below it.
      const found =
        paragraphQuestion(node.children[0], source, {}) ??
        quotedQuestion(node, blocks[index + 1], source, quotedQuestions >= 2);
      const rest = node.children.slice(1).map((child) => unquote(sourceOf(source, child)));
      if (found) {
        const lead = [unquote(found.lead), ...rest].join("\n\n");
        starts.push({ type: "paragraph", index, line: lineOf(node), question: found.question, lead, own: false });
      }
    } else if (isDetailsQuestion(node) || isSummaryAfterLoneDetails(node, blocks[index - 1])) {
      // Several <details> blocks without blank lines between them form one HTML block.
      const segments = node.value.split(/(?=<details[\s>])/i).filter((s) => /<summary[\s>]/i.test(s));
      for (const segment of segments) {
        const found = detailsQuestion(segment);
        if (found.question) starts.push({ type: "details", index, line: lineOf(node), ...found });
      }
      const last = starts.at(-1);
      if (last?.index === index && last.type === "details" && !last.own) {
        detailsEnd = closingDetails(blocks, index, source);
        // `<summary>Common Errors and Troubleshooting</summary>` over `### "x-api-key header missing"`, `### Deployment
        // failed`: a fold grouping entries, like a section heading; its headings are the entries.
        const inner = blocks.slice(index + 1, detailsEnd).filter((b) => b.type === "heading");
        if (inner.length >= 2 && !isPhrasedAsQuestion(last.question)) {
          starts.pop();
          detailsEnd = -1;
        }
      }
    } else if (node.type === "list" && !isTocList(node)) {
      // `需作如下设置：` then `* 系统属性 - 高级 - …`: in a section of items, a list the answer announces is the answer's.
      if (inItemGroup && announcesList(blocks[index - 1], source) && !listAsks(node, source)) return;
      const next = blocks[index + 1];
      // `- 使用 albumentations` then an unindented paragraph: in a section of items, that text is its answer.
      const answerAfter = isIndentedCode(next, source) || (inItemGroup && isAnswerText(next));
      starts.push(...listStarts(node, index, source, underFaqTitle, answerAfter, answerFollowsList(next)));
    } else if (node.type === "table") {
      starts.push(...tableStarts(node, index, source));
    }
  });
  return withQuestionTerms(starts);
}

/** Definition-list terms are questions in a file where at least half of them ask something (not `--verbose`: …). */
function withQuestionTerms(starts: Start[]): Start[] {
  const isTerm = (s: Start) => s.type !== "heading" && s.definition === true;
  const terms = starts.filter(isTerm);
  const asking = terms.filter((s) => /[?？]/.test(s.question) || isPhrasedAsQuestion(s.question)).length;
  return asking * 2 >= terms.length ? starts : starts.filter((s) => !isTerm(s));
}

/**
 * Sections of an FAQ that only group list items (`# 常见问题解答`, `## Training 相关`, `- "Loss goes Nan"` over its
 * answer), by their heading's block index: there each item is an entry even when it asks nothing. They are the
 * statement headings right under an FAQ-named heading whose text is nothing but such items, and only where they
 * are most of the sections with text there: one `## Install` list of steps among `## Why…?` questions is the
 * text of its heading.
 */
function itemSections(blocks: Block[], source: string): Set<number> {
  const children = new Map<number, number[]>(); // FAQ-named heading → its statement sub-sections with text
  const open: number[] = [];
  // `### Frequently Asked Questions` over `## Installation & Setup`, `## Offline Mode`: a first heading that names the
  // FAQ and has no text of its own titles the page, whatever the depth of the sections after it.
  const first = blocks.findIndex((b) => b.type === "heading");
  const title =
    first >= 0 && namesFaq(blocks[first] as Heading) && sectionOf(blocks, first).every(isIgnorable) ? first : undefined;
  blocks.forEach((block, i) => {
    if (block.type !== "heading") return;
    while (open.length && (blocks[open.at(-1)!] as Heading).depth >= block.depth) open.pop();
    const parent = open.at(-1) ?? (i > (title ?? i) ? title : undefined);
    open.push(i);
    if (parent === undefined || !namesFaq(blocks[parent] as Heading) || namesFaq(block)) return;
    if (!sectionOf(blocks, i).some((b) => !isIgnorable(b))) return;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(i);
  });
  const result = new Set<number>();
  for (const sections of children.values()) {
    const grouping = sections.filter((i) => {
      const heading = blocks[i] as Heading;
      return !isQuestionHeading(heading) && !notAQuestion(heading) && groupsItems(sectionOf(blocks, i), source);
    });
    if (grouping.length * 2 > sections.length) grouping.forEach((i) => result.add(i));
  }
  // `# 常见问题` over `1. Snipaste 无法运行 / 崩溃 ……` and its answer indented too little to be the item's: the FAQ's
  // own text is the items.
  blocks.forEach((block, i) => {
    if (block.type === "heading" && namesFaq(block) && groupsItems(sectionOf(blocks, i), source)) result.add(i);
  });
  return result;
}

function namesFaq(heading: Heading): boolean {
  return TITLE_NAME.test(stripQuestionLabel(headingText(heading)));
}

/** The blocks under a heading up to the next heading. */
function sectionOf(blocks: Block[], index: number): Block[] {
  let end = index + 1;
  while (end < blocks.length && blocks[end]!.type !== "heading") end++;
  return blocks.slice(index + 1, end);
}

/**
 * Text that is nothing but list items over answers: each item a one-line statement or a question with its answer
 * indented below it, except that a list's last item may have its answer in the unindented text after the list
 * (a plain list of several bare items there is part of that answer).
 */
function groupsItems(section: Block[], source: string): boolean {
  const body = section.filter((b) => !isIgnorable(b));
  if (body[0]?.type !== "list") return false;
  let answering = false; // the blocks after a list whose last item has no answer of its own are that answer
  for (let k = 0; k < body.length; k++) {
    const block = body[k]!;
    if (block.type !== "list") {
      if (!answering) return false;
      continue;
    }
    if (announcesList(body[k - 1], source) && !listAsks(block, source)) continue;
    const shapes = block.children.map((item) => itemShape(item, source));
    if (answering && shapes.length > 1 && shapes.every((s) => s !== "answered")) continue;
    if (isLinkList(block)) return false; // `- [Docs](…)` over a line about it: a list of resources
    const last = shapes.length - 1;
    const answerAfter = isAnswerText(body[k + 1]);
    if (shapes.some((s, i) => s === null || (s === "bare" && !(i === last && answerAfter)))) return false;
    answering = shapes[last] === "bare";
  }
  return true;
}

function announcesList(block: Block | undefined, source: string): boolean {
  return block?.type === "paragraph" && /[:：]$/.test(sourceOf(source, block).trim());
}

function listAsks(list: List, source: string): boolean {
  return list.children.some((item) => itemQuestion(item, source, false) !== null);
}

/** An item as a question or one-line statement: with its own answer, bare (one line alone), or neither (null). */
function itemShape(item: ListItem, source: string): "answered" | "bare" | null {
  const found = itemQuestion(item, source, false) ?? itemQuestion(item, source, true, true);
  if (!found) return null;
  return found.answer !== "" ? "answered" : "bare";
}

/** A block that can answer the bare item of a list right above it: text, not a heading, rule or other list. */
function isAnswerText(block: Block | undefined): boolean {
  return block !== undefined && block.type !== "list" && block.type !== "heading" && !isIgnorable(block);
}

/**
 * In `### 5、…？` … `### 结论` … `### 6、…`, the unnumbered statement heading between two numbered questions
 * continues the answer above it.
 */
function interruptsNumbering(blocks: Block[], index: number, previous: Start | undefined): boolean {
  const depth = (blocks[index] as Heading).depth;
  if (previous?.type !== "heading" || previous.node.depth !== depth || !isNumbered(headingText(previous.node)))
    return false;
  if (isNumbered(headingText(blocks[index] as Heading))) return false;
  for (let i = index + 1; i < blocks.length; i++) {
    const next = blocks[i]!;
    if (next.type === "heading" && next.depth <= depth) return next.depth === depth && isNumbered(headingText(next));
  }
  return false;
}

export type Rejection = "struck" | "code";

/** A heading struck through (`## ~~…~~`) is retracted; one that is only a code name (`### \`window.lx\``) is reference. */
function notAQuestion(heading: Heading): Rejection | undefined {
  const parts = heading.children.filter((c) => c.type !== "html" && !(c.type === "text" && !c.value.trim()));
  if (parts.length > 0 && parts.every((c) => c.type === "delete")) return "struck";
  // An error message in code (`Cause: … with JdbcType OTHER`) is a question; a name without spaces is not.
  if (parts.length === 1 && parts[0]!.type === "inlineCode" && !/\s/.test(parts[0].value.trim())) return "code";
  return undefined;
}

function isQuestionHeading(heading: Heading): boolean {
  if (notAQuestion(heading)) return false;
  const raw = headingText(heading);
  if (hasQuestionLabel(raw)) return true;
  const question = stripQuestionLabel(raw);
  return isPhrasedAsQuestion(question) && !NAMES_QUESTIONS.test(question);
}

/** `### 3.如何运行脚本的相关问题`, `## Questions about installing`: a heading naming the questions under it. */
const NAMES_QUESTIONS =
  /(?:相关|常见|其他|其它|的)问题$|问题(?:汇总|集锦|合集|列表)$|^(?:questions|faqs?) (?:about|on|regarding)\b/i;

/** `#### 可能的解决方案`, `#### Cause`, `#### Workaround`: a sub-heading naming a part of the answer above it. */
const ANSWER_PART_NAME =
  /^(?:(?:可能的|临时|推荐的?)?(?:解决(?:方案|方法|办法)|处理方法|原因|原理|症状|现象)(?:的?原理|分析)?|(?:possible |suggested |temporary )?(?:solutions?|fix(?:es)?|workarounds?|causes?|reasons?|symptoms?|explanation)|how to fix(?: it)?)\s*[:：]?$/i;

/**
 * `### Error: disk full` with text of its own, then `#### Error: quota file missing` and more text, among sibling
 * headings that are entries: a statement heading whose deeper headings are all statements is one entry, and
 * they are part of its answer.
 */
function ownsSubheadings(blocks: Block[], index: number, levels: Set<number>, source: string): boolean {
  const depth = (blocks[index] as Heading).depth;
  let end = index + 1;
  let deeper = false;
  let parts = true; // every deeper heading names a part of an answer
  for (; end < blocks.length; end++) {
    const block = blocks[end]!;
    if (block.type !== "heading") continue;
    if (block.depth <= depth) break;
    if (isQuestionHeading(block) || isOwnProblem(blocks, end, stripQuestionLabel(headingText(block)), source))
      return false;
    deeper = true;
    parts &&= ANSWER_PART_NAME.test(stripQuestionLabel(headingText(block)));
  }
  if (deeper && parts) return true;
  // `## Installation` over <details> questions and one `### Nightly builds` note: a section of entries.
  if (blocks.slice(index + 1, end).some(isDetailsQuestion)) return false;
  const own = blocks.slice(index + 1).find((b) => !isIgnorable(b));
  if (!own || own.type === "heading") return false;
  if (!deeper || groupsEntries(blocks.slice(index + 1, end), depth, levels)) return false;
  let previous = index - 1;
  while (previous >= 0 && !(blocks[previous]!.type === "heading" && (blocks[previous] as Heading).depth <= depth))
    previous--;
  const siblings = [previous, end].filter(
    (j) => blocks[j]?.type === "heading" && (blocks[j] as Heading).depth === depth,
  );
  return siblings.some((j) => isQuestionHeading(blocks[j] as Heading) || isLeafHeading(blocks, j));
}

/**
 * `## adb issues`, a paragraph, then `### adb not found`, `### Device not detected`…: unnumbered sub-headings at a
 * level that holds the entries elsewhere in the file are entries, and the heading a section with an introduction.
 */
function groupsEntries(inside: Block[], depth: number, levels: Set<number>): boolean {
  const children = inside.filter((b): b is Heading => b.type === "heading" && b.depth === depth + 1);
  return levels.has(depth + 1) && children.length >= 2 && !children.some((h) => isNumbered(headingText(h)));
}

/**
 * Depths at which headings are entries: a statement heading with no text of its own (`## Control issues`),
 * outside any question's answer, directly over a heading with text and nothing deeper (`### Mouse does not work`).
 */
function entryLevels(blocks: Block[]): Set<number> {
  const levels = new Set<number>();
  let questionDepth = 7;
  blocks.forEach((block, i) => {
    if (block.type !== "heading") return;
    if (block.depth <= questionDepth) questionDepth = isQuestionHeading(block) ? block.depth : 7;
    if (questionDepth < 7) return;
    let next = i + 1;
    while (blocks[next] && isIgnorable(blocks[next]!)) next++;
    const child = blocks[next];
    if (child?.type === "heading" && child.depth === block.depth + 1 && isLeafHeading(blocks, next))
      levels.add(child.depth);
  });
  return levels;
}

/** A heading with text under it and no deeper heading before the next one. */
function isLeafHeading(blocks: Block[], index: number): boolean {
  const depth = (blocks[index] as Heading).depth;
  let text = false;
  for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === "heading") return text && block.depth <= depth;
    text ||= !isIgnorable(block);
  }
  return text;
}

/**
 * A definition-list term: a paragraph of one or two lines followed by a `: definition` paragraph, or with the
 * `: definition` on its next line. The lead is the definition text in the same paragraph, markers removed.
 */
function definitionTerm(
  node: Paragraph,
  next: Block | undefined,
  source: string,
): { question: string; lead: string } | null {
  const lines = sourceOf(source, node).split("\n");
  const colon = lines.findIndex((line, i) => i > 0 && DEFINITION.test(line));
  const termLines = colon > 0 ? colon : lines.length;
  if (termLines > 2 || DEFINITION.test(lines[0]!)) return null;
  if (colon < 0 && !(next?.type === "paragraph" && DEFINITION.test(sourceOf(source, next)))) return null;
  const question = inlineText(lines.slice(0, termLines).join("\n"));
  return question ? { question, lead: withoutDefinitionMarkers(lines.slice(termLines).join("\n")) } : null;
}

/** End of the run of deeper headings with no text between them right after a heading, if the run ends its section. */
function bareSubheadingsEnd(blocks: Block[], index: number): number {
  const depth = (blocks[index] as Heading).depth;
  let end = index + 1;
  while (blocks[end]?.type === "heading" && (blocks[end] as Heading).depth > depth) end++;
  const after = blocks[end];
  const closed = after === undefined || (after.type === "heading" && after.depth <= depth);
  return end > index + 1 && closed ? end : -1;
}

/** `**如何修改端口 **`: a space before the closing `**` keeps Markdown from reading it as bold, but it is meant so. */
const UNPARSED_BOLD = /^\*\*(?=\S)(.+?)\s+\*\*$/;

/** docsify's `## 1、兼容性如何 :id=3`, `:docsify-ignore`: settings for the page, written after a heading's text. */
const DOCSIFY_ATTRIBUTES = /(?:\s+:(?:id=[\w-]+|docsify-ignore(?:-all)?|ignore))+\s*$/;

export function headingText(heading: Heading): string {
  return withoutGeneratorSyntax(phrasingText(heading.children))
    .replace(/\s*\n\s*/g, " ")
    .trim()
    .replace(DOCSIFY_ATTRIBUTES, "")
    .replace(UNPARSED_BOLD, "$1");
}

/**
 * The question of a paragraph that opens an entry: `**Q: …?**`, `**…?**` (possibly soft-wrapped), or a label
 * (`Q1: …`, `**Q:** …`, `<a name=…></a>**Q**. …`) followed by the question, up to an answer label or its end.
 * `loose` (list items) also takes a plain first line ending in a question mark, or a bold line phrased as one.
 * Without an answer label inside, the question ends at its question mark, or fills the paragraph when an
 * answer-labelled paragraph follows.
 */
function paragraphQuestion(
  node: Paragraph,
  source: string,
  { loose = false, answerFollows = false }: { loose?: boolean; answerFollows?: boolean },
): { question: string; lead: string } | null {
  const children = node.children.filter((c) => !(c.type === "html" && /^<\/?a\b/i.test(c.value)));
  const first = children[0];
  const end = node.position!.end.offset!;
  if (first?.type === "strong") {
    const text = phrasingText(first.children)
      .replace(/\s*\n\s*/g, " ")
      .trim();
    const question = stripQuestionLabel(text);
    const after = source.slice(first.position!.end.offset!, end);
    const wholeLine = /^[ \t]*(\n|$)/.test(after);
    if (
      question &&
      (hasQuestionLabel(text) || /[?？]$/.test(text) || (loose && wholeLine && isPhrasedAsQuestion(text)))
    ) {
      return { question, lead: unindent(after) };
    }
  }
  const text = withoutAnchors(sourceOf(source, node)).replace(/^\s+/, "");
  // `**Why? **`: a space before the closing marker leaves it unparsed, but the writer meant a bold question.
  const broken = /^(\*\*|__)(?=\S)([^\n]*?[?？])[ \t]+\1[ \t]*(?:\n|$)/.exec(text);
  if (broken) return { question: inlineText(broken[2]!), lead: unindent(text.slice(broken[0].length)) };
  const label = questionLabelLength(text);
  if (label === 0 && !loose) return null;
  // `Q: 1. How…?`: the number after the label is the series', not the question's.
  const lines = (label > 0 ? withoutNumbering(text.slice(label).replace(/^[ \t]+/, "")) : text).split("\n");
  let questionLines = lines.findIndex((line, i) => i > 0 && answerLabelLength(line.trim()) > 0);
  if (questionLines < 0 && answerFollows) questionLines = lines.length;
  if (questionLines < 0) {
    const mark = lines.slice(0, 3).findIndex((line) => /[?？][ \t]*\\?$/.test(line));
    questionLines = mark >= 0 ? mark + 1 : 1;
  }
  if (label === 0 && !/[?？][ \t]*\\?$/.test(lines[questionLines - 1]!)) return null;
  const question = inlineText(lines.slice(0, questionLines).join("\n"));
  return question ? { question, lead: unindent(lines.slice(questionLines).join("\n")) } : null;
}

/**
 * A quote of one short line over plain text: a question when it asks (`> 安装后没有反应？`), or, in a file
 * that quotes its questions, a problem (`> 安装扩展提示 \`spawn git ENOENT\``).
 */
function quotedQuestion(
  block: Block,
  next: Block | undefined,
  source: string,
  quotesQuestions: boolean,
): { question: string; lead: string } | null {
  if (block.type !== "blockquote" || block.children.length !== 1 || block.children[0]!.type !== "paragraph")
    return null;
  if (!next || next.type === "blockquote" || next.type === "heading" || next.type === "thematicBreak") return null;
  const text = unquote(sourceOf(source, block)).trim();
  if (text.includes("\n") || visualLength(text) > 200) return null;
  if (!quotesQuestions && !/[?？]$/.test(text)) return null;
  const question = inlineText(text);
  return question ? { question, lead: "" } : null;
}

function unquote(text: string): string {
  return text.replace(/^[ \t]*>[ \t]?/gm, "");
}

/** Lines of one paragraph: their indentation means nothing, and would read as code once the label is gone. */
function unindent(text: string): string {
  return text.replace(/\n[ \t]+/g, "\n");
}

/**
 * The block holding the `</details>` that closes the fold opened at `index`, folds nested in its answer
 * counted. A fold never closed (a file cut short after it, a `</details>` forgotten) ends at the next
 * heading or fold instead, so that the questions after it are not read as its answer.
 */
function closingDetails(blocks: Block[], index: number, source: string): number {
  let depth = 1;
  for (let i = index + 1; i < blocks.length; i++) {
    for (const tag of sourceOf(source, blocks[i]!).matchAll(/<(\/?)details[\s>]/gi)) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) return i;
    }
  }
  return blocks.findIndex((b, i) => i > index && (b.type === "heading" || isDetailsQuestion(b)));
}

function isDetailsQuestion(block: Block): block is Extract<Block, { type: "html" }> {
  return block.type === "html" && /<details[\s>]/i.test(block.value) && /<summary[\s>]/i.test(block.value);
}

/** `<details>`, a blank line, then `<summary>…</summary>`: the fold's summary as its own HTML block. */
function isSummaryAfterLoneDetails(block: Block, before: Block | undefined): block is Extract<Block, { type: "html" }> {
  return (
    block.type === "html" &&
    /^\s*<summary[\s>]/i.test(block.value) &&
    before?.type === "html" &&
    /^\s*<details\b[^>]*>\s*$/i.test(before.value)
  );
}

function detailsQuestion(html: string): { question: string; lead: string; own: boolean } {
  const summary = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(html);
  const question = stripQuestionLabel(summaryText(summary?.[1] ?? ""));
  const after = html.slice((summary?.index ?? 0) + (summary?.[0].length ?? 0));
  const close = /<\/details>/i.exec(after);
  const inline = stripWrappingTags(close ? after.slice(0, close.index) : after);
  // `<summary>…</summary><p>` with the answer after a blank line: the body follows until </details>.
  return { question, lead: inline, own: close !== null || inline !== "" };
}

/** The text of a <summary>: tags, bold markers and common entities removed. */
function summaryText(html: string): string {
  return (
    // Tags only: `<X>` in "downloading from <X> sites" is a placeholder the writer meant to be read.
    stripHtmlTags(html)
      // Bold around words only: `'______'` is a placeholder to keep.
      .replace(/(\*\*|__)(?=[^\s_*])([\s\S]*?[^\s_*])\1/g, "$2")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * A list of questions (`1. **How do I …?**`, `- 问题？`) with answers indented below them (or, for a single item,
 * in the blocks after it) gives one entry per item. Where every item is a question (or, under an FAQ heading, a
 * statement over its answer), all are; where most are questions, each item is judged alone: a statement over an
 * indented answer of its own is one too (`2. 安装时报错 … not found`), and any other item continues the answer above.
 */
function listStarts(
  list: List,
  index: number,
  source: string,
  underFaqTitle: boolean,
  answerAfter: boolean,
  quoteFollows: boolean,
): InlineStart[] {
  const items = list.children;
  const asked = items.map((item) => itemQuestion(item, source, false));
  // `10.  Statement` over text indented less than the item's content: Markdown reads that text as code after the
  // list; in a section of items, the last one's answer may be the unindented text after it.
  const statement = (i: number) => itemQuestion(items[i]!, source, true, answerAfter && i === items.length - 1);
  const all = asked.map((q, i) => q ?? (underFaqTitle ? statement(i) : null));
  const mostly = all.filter(Boolean).length * 2 > items.length && items.length > 2;
  const found = all.every(Boolean) ? all : mostly ? asked.map((q, i) => q ?? statement(i)) : null;
  if (!found || !found[0]) return [];
  const entries = found.flatMap((f, i) => (f ? [{ ...f, item: items[i]! }] : []));
  // The last item's answer may be the quote right after the list (`2. …？` then `> 将配置项…设置为 true`), or the
  // text after it (see `answerAfter`).
  const after = (f: { item: ListItem }, i: number) =>
    (quoteFollows && i === entries.length - 1) || (answerAfter && f.item === items.at(-1));
  const answered = entries.filter((f, i) => f.answer !== "" || after(f, i)).length;
  if (items.length > 1 && answered * 3 < entries.length * 2) return [];
  // An item that is no question continues the answer of the entry above it.
  let above = -1;
  found.forEach((f, i) => {
    if (f) return void above++;
    const entry = entries[above]!;
    entry.answer = [entry.answer, childrenSource(items[i]!.children, source)].filter(Boolean).join("\n\n");
  });
  return entries.flatMap((f, i) =>
    withInnerQuestions(f, source).map((part, k, parts) => ({
      type: "item" as const,
      index,
      line: part.line,
      question: part.question,
      lead: part.answer,
      own: part.answer !== "" || i < entries.length - 1 || k < parts.length - 1,
    })),
  );
}

/**
 * `1. Q: …` `A: …` and then, in the same item, `Q: …` `A: …`: each labelled question of an item is an entry,
 * answered by what follows it up to the next one.
 */
function withInnerQuestions(
  entry: { question: string; lead: string; answer: string; item: ListItem },
  source: string,
): { question: string; answer: string; line: number }[] {
  const children = entry.item.children;
  const inner = children.flatMap((child, k) => {
    if (k === 0 || child.type !== "paragraph") return [];
    if (!hasQuestionLabel(withoutAnchors(sourceOf(source, child)).trim())) return [];
    const found = paragraphQuestion(child, source, {});
    return found ? [{ at: k, ...found, line: lineOf(child) }] : [];
  });
  if (inner.length === 0) return [{ question: entry.question, answer: entry.answer, line: lineOf(entry.item) }];
  // What the items after this one added (they continue the answer of its last question).
  const continued = entry.answer.slice(itemAnswer(entry.item, entry.lead, source).length);
  const answer = (lead: string, from: number, to: number) =>
    [dedent(lead, 0).trim(), childrenSource(withoutTrailingIgnorable(children.slice(from, to)), source)]
      .filter(Boolean)
      .join("\n\n");
  const parts = [{ question: entry.question, answer: answer(entry.lead, 1, inner[0]!.at), line: lineOf(entry.item) }];
  inner.forEach((q, n) =>
    parts.push({
      question: q.question,
      answer: answer(q.lead, q.at + 1, inner[n + 1]?.at ?? children.length),
      line: q.line,
    }),
  );
  parts.at(-1)!.answer += continued;
  return parts;
}

function withoutTrailingIgnorable(blocks: ListItem["children"]): ListItem["children"] {
  const rest = [...blocks];
  while (rest.length && isIgnorable(rest.at(-1)!)) rest.pop();
  return rest;
}

/** An item's question and answer: a question, or with `statement` a one-line statement over an indented answer. */
function itemQuestion(
  item: ListItem,
  source: string,
  statement: boolean,
  answerFollows = false,
): { question: string; lead: string; answer: string } | null {
  const first = item.children[0];
  if (first?.type !== "paragraph") return null;
  const q = statement ? statementItem(item, source, answerFollows) : paragraphQuestion(first, source, { loose: true });
  return q && { question: q.question, lead: q.lead, answer: itemAnswer(item, q.lead, source) };
}

/** Under an FAQ heading, `- Key repeat doesn't work` over indented answer text is a question written as a statement. */
function statementItem(
  item: ListItem,
  source: string,
  answerFollows: boolean,
): { question: string; lead: string } | null {
  const [first, ...rest] = item.children;
  const text = sourceOf(source, first!);
  // `8. **Download stuck at 1%**  ` then `Fixes:` after the line break: the bold line is the statement, the
  // lines after it begin its answer.
  const [line, ...more] = text.split("\n");
  const boldLine = more.length > 0 && BOLD_LINE.test(line!);
  if ((more.length > 0 && !boldLine) || !(boldLine || answerFollows || rest.some((b) => !isIgnorable(b)))) return null;
  const question = inlineText(boldLine ? line! : text);
  return question ? { question, lead: boldLine ? more.join("\n") : "" } : null;
}

const BOLD_LINE = /^[ \t]*(\*\*|__)(?=\S)[^*_\n]+?(?<=\S)\1(?: {2,}|\\)?[ \t]*$/;

function itemAnswer(item: ListItem, lead: string, source: string): string {
  // Without a `---` or `<br/>` closing the item.
  const rest = withoutTrailingIgnorable(item.children.slice(1));
  const text = childrenSource(rest, source);
  // An answer quoted under its question (`1. …` then an indented `> …`) is the quote's text.
  const answer = rest.length > 0 && rest.every((b) => b.type === "blockquote") ? unquote(text) : text;
  return [dedent(lead, 0).trim(), answer].filter(Boolean).join("\n\n");
}

/** A quote right after a list of questions, which Markdown ends the list before: the last item's answer. */
function answerFollowsList(block: Block | undefined): boolean {
  return block?.type === "blockquote";
}

/** Code indented by four spaces rather than fenced. */
export function isIndentedCode(block: Block | undefined, source: string): boolean {
  return block?.type === "code" && !/^ {0,3}(`{3,}|~{3,})/.test(sourceOf(source, block));
}

/** The source of an item's blocks, unindented to the column of the first. */
function childrenSource(children: ListItem["children"], source: string): string {
  if (children.length === 0) return "";
  const from = children[0]!.position!.start;
  return dedent(source.slice(from.offset!, children.at(-1)!.position!.end.offset!), from.column - 1).trim();
}

/** Removes up to `width` leading spaces from every line but the first (all leading space when width is 0). */
function dedent(text: string, width: number): string {
  const pattern = width > 0 ? new RegExp(`^ {0,${width}}`) : /^[ \t]+/;
  return text
    .split("\n")
    .map((line, i) => (i === 0 ? line : line.replace(pattern, "")))
    .join("\n");
}

/** A table of contents: every item is one in-page link (nested lists alike), or the kramdown `* Table of Contents`. */
export function isTocList(list: List): boolean {
  return list.children.every((item) =>
    item.children.every((child) => {
      if (child.type === "list") return isTocList(child);
      if (child.type !== "paragraph") return false;
      const parts = child.children.filter((c) => !(c.type === "text" && !withoutGeneratorSyntax(c.value).trim()));
      if (parts.length === 1 && parts[0]!.type === "link") return parts[0].url.startsWith("#");
      return /^(table of contents|contents|目录)$/i.test(withoutGeneratorSyntax(phrasingText(child.children)).trim());
    }),
  );
}

const BARE_ADDRESS = /^(?:https?:\/\/|www\.)[^\s]/i;

/** A list of links (`- [Docs](…) – the manual`, `- https://…`): every item opens with a link. */
export function isLinkList(list: List): boolean {
  return list.children.every((item) => {
    const first = item.children[0];
    if (first?.type !== "paragraph") return false;
    const lead = first.children[0]?.type === "strong" ? first.children[0].children[0] : first.children[0];
    return (
      lead?.type === "link" ||
      lead?.type === "linkReference" ||
      (lead?.type === "text" && BARE_ADDRESS.test(lead.value))
    );
  });
}

const QUESTION_COLUMN = /^(?:Q|问|问题|提问|Questions?|FAQ)$/i;
const ANSWER_COLUMN = /^(?:A|答|答案|回答|解答|Answers?)$/i;

/** A table whose header reads `| Question | Answer |` (or `| 问题 | 回答 |`) gives one entry per row. */
function tableStarts(table: Table, index: number, source: string): InlineStart[] {
  const [header, ...rows] = table.children;
  const cellText = (i: number) => phrasingText(header?.children[i]?.children ?? []).trim();
  if (!QUESTION_COLUMN.test(cellText(0)) || !ANSWER_COLUMN.test(cellText(1))) return [];
  return rows.map((row) => {
    const [question, answer] = row.children;
    const cell = answer?.position ? sourceOf(source, answer) : "";
    const lead = cell
      .replace(/^\|?\s*|\s*\|?\s*$/g, "")
      .replace(/\\\|/g, "|")
      .replace(/\s*<br\s*\/?>\s*/gi, "\n");
    return {
      type: "item",
      index,
      line: lineOf(row),
      question: stripQuestionLabel(phrasingText(question?.children ?? []).replace(/\s+/g, " ")),
      lead,
      own: true,
    };
  });
}
