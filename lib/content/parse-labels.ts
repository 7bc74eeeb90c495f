// The labels FAQ writers put before questions and answers (`Q3.2.15:`, `**Q**.`, `A1:`, `回答：`, `## 12. `),
// and the plain text of a question written in inline Markdown.
import type { PhrasingContent } from "mdast";
import { parseMarkdown } from "./markdown-text";

const BOLD = String.raw`(?:\*\*|__|\*|_)`;
const NUMBER = String.raw`\d+(?:[.\-]\d+)*`;
// A dot before a digit is a number's (`Q3.2`); a colon before one (`Q：37.`) still ends the label.
const SEPARATOR = String.raw`(?:[:：、)）]|\.(?!\d))`;

/**
 * `**Q**.`, `**Q:**`, `Q1:`, `Q1.1 `, `问：`, `Question 3:`: bold and separator in any order, a number optional;
 * `13.Q:` numbered before the label, with no space for a list.
 */
function labelPattern(words: string): RegExp {
  const label = String.raw`(?:${words})\s*(?:${NUMBER})?`;
  return new RegExp(
    String.raw`^(?:(${BOLD})\s*${label}\s*${SEPARATOR}?\s*\1\s*${SEPARATOR}?|(?:\d{1,3}[.、．])?${label}\s*${SEPARATOR}|(?:${words})${NUMBER}(?=\s))[ \t]*`,
    "i",
  );
}

const QUESTION_LABEL = labelPattern("Q(?:uestion)?|问题?|提问");
const ANSWER_LABEL = labelPattern("A(?:nswer)?|答案?|回答|解答");
/**
 * `12. `, `1.2 `, `3、`, `(4) `, `10.can not…`, `11 启动…`, `一、` before a heading's question. A number run straight into a digit or a
 * lone Latin letter (`3.x 数据库…`, `2.0版本`) is a version, not numbering.
 */
const NUMBERING =
  /^(?:\d+(?:\.\d+)+(?:\s+|\.(?![A-Za-z0-9])\s*)|\d+[.)](?!\d|[A-Za-z](?![A-Za-z]))\s*|\d+[、）]\s*|[一二三四五六七八九十]{1,3}[、.．]\s*|\d+\s+(?![个种条项步件位次类点大只份张章节年月日天周])(?=[\u4e00-\u9fff【「])|[(（]\d+[)）]\s*)(?=\S)/;
/** `Is it online ❔`: a question-mark emoji ending a question stands for its question mark. */
const QUESTION_EMOJI = /\s*[\u2753\u2754]\uFE0F?\s*$/u;
/** `>> `, `» `, `▶ ` before a heading's text. */
const DECORATION = /^(?:>>+|[»›▶►▸→•·]+)\s*/;
/** Emoji before or after a question (`### 5、如何提速？ ⚡`) decorate it; they are not part of it. */
const EMOJI = String.raw`(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\u200D|\uFE0F)`;
const EDGE_EMOJI = new RegExp(String.raw`^(?:\s*${EMOJI})+|(?:${EMOJI}\s*)+$`, "gu");
/** `:calling:我要安装`: an emoji shortcode (GitHub, Slack) at either end decorates a heading too. */
const EDGE_SHORTCODE = /^(?:\s*:[a-z0-9_+-]+:)+\s*|\s*(?::[a-z0-9_+-]+:\s*)+$/g;
/** `[JDBC] `, `[分片、Proxy] `: a category tag before a question; `[1, 2]` or `[x]` is text, not a tag. */
const CATEGORY_TAG = /^\[\p{L}[\p{L}\p{M}、,/&+._-]{1,19}\]\s*(?=\S)/u;
const ANCHOR_TAG = /<\/?a\b[^>]*>/gi;
const HUGO_SHORTCODE = /\{\{[<%][\s\S]*?[%>]\}\}/g;
const HUGO_REF = /\{\{[<%]\s*(?:rel)?ref\s+"([^"]*)"\s*[%>]\}\}/g;
// Real HTML tags only, so that `brew install <formula>` keeps its placeholder.
const HTML_TAG =
  /^<\/?(?:a|abbr|b|big|br|code|del|div|em|font|i|img|ins|kbd|mark|p|s|small|span|strong|sub|sup|u)(?:\s[^>]*)?\/?>$/i;
// `{: .note}`, `{#id}`, and Pandoc / attr_list sizes right after an image: `![…](…){width="400"}`.
const KRAMDOWN_ATTRIBUTES = /\s*\{[:#][^}\n]*\}|(?<=\]\([^)\s]*\))\{[\w-]+=[^}\n]*\}/g;

/** Length of the question label at the start of `text` (0 when there is none); a separator or number is required. */
export function questionLabelLength(text: string): number {
  const match = QUESTION_LABEL.exec(text);
  if (!match) return 0;
  // A bare bold word without number or separator (`**Question**`) is not a label.
  if (!/[\d:：.、)）]/.test(match[0]) && !/\s$/.test(match[0])) return 0;
  // `问题：` opens many a sentence in an answer; only a numbered or bold one is a label.
  if (/^问题/.test(match[0]) && !/\d/.test(match[0])) return 0;
  return match[0].length;
}

export function answerLabelLength(text: string): number {
  const match = ANSWER_LABEL.exec(text);
  if (!match) return 0;
  if (!/[\d:：.、)）]/.test(match[0])) return 0;
  return match[0].length;
}

/** A `: definition` line of a definition list (Python-Markdown, kramdown, Pandoc). */
export const DEFINITION = /^ {0,3}:[ \t]+(?=\S)/;

export function withoutDefinitionMarkers(text: string): string {
  return text.replace(new RegExp(DEFINITION.source, "gm"), "");
}

export function withoutAnchors(text: string): string {
  return text.replace(ANCHOR_TAG, "");
}

/** Hugo shortcodes and kramdown attribute lists are site-generator syntax, not text; a `ref` keeps its target. */
export function withoutGeneratorSyntax(text: string): string {
  return text.replace(HUGO_REF, "$1").replace(HUGO_SHORTCODE, "").replace(KRAMDOWN_ATTRIBUTES, "");
}

/** A heading's question without its label, numbering or emoji: `Q3.2.15: Why?` and `12. Why? ⚡` give `Why?`. */
export function stripQuestionLabel(text: string): string {
  const trimmed = withQuestionMark(text)
    .replace(EDGE_EMOJI, "")
    .replace(EDGE_SHORTCODE, "")
    .trim()
    .replace(DECORATION, "")
    .replace(CATEGORY_TAG, "");
  const label = questionLabelLength(trimmed);
  // `Q: 1.Seata …？`, `### Q: 17. 0.8、0.9版本…？`: the series number after a label goes with it (a version stays).
  const rest = withoutNumbering(label > 0 ? trimmed.slice(label).trimStart() : trimmed);
  return rest.trim().replace(CATEGORY_TAG, "");
}

/** `12. `, `3、`, `(4) ` numbering a question, but not a version (`3.x`, `2.0版本`, `0.8、0.9版本`). */
export function withoutNumbering(text: string): string {
  return text.replace(NUMBERING, "");
}

function withQuestionMark(text: string): string {
  const match = QUESTION_EMOJI.exec(text);
  if (!match) return text;
  const rest = text.slice(0, match.index).replace(EDGE_EMOJI, "");
  if (/[?？]$/.test(rest)) return rest;
  return rest + (/[\u3400-\u9fff]$/.test(rest) ? "？" : "?");
}

/** `12. `, `3、`, `Q4:`: the heading is one of a numbered series. */
export function isNumbered(text: string): boolean {
  const trimmed = text.replace(EDGE_EMOJI, "").trim();
  return NUMBERING.test(trimmed) || questionLabelLength(trimmed) > 0;
}

export function hasQuestionLabel(text: string): boolean {
  return questionLabelLength(text.trim()) > 0;
}

/** Plain text of inline Markdown: code and emphasis unwrapped, links reduced to their text, tags dropped. */
export function inlineText(markdown: string): string {
  const oneLine = withoutGeneratorSyntax(withoutAnchors(markdown))
    .split("\n")
    .map((line) => line.trim().replace(/\\$/, ""))
    .filter(Boolean)
    .join(" ");
  if (!/[`*_[\]<>\\&!~]/.test(oneLine)) return oneLine; // nothing inline to unwrap
  // A leading letter keeps `1. ` or `- ` from being read as a list, `#` as a heading.
  const paragraph = parseMarkdown(`x ${oneLine}`).children[0];
  if (paragraph?.type !== "paragraph") return oneLine;
  return phrasingText(paragraph.children).slice(2).trim();
}

// `<span style="display:none;">1</span>`: an anchor for the site's script, never shown to a reader.
const HIDDEN_OPEN = /^<(\w+)\b[^>]*\bstyle=["'][^"']*display:\s*none/i;

export function phrasingText(nodes: PhrasingContent[]): string {
  let hiddenUntil: RegExp | null = null;
  return nodes
    .map((node) => {
      if (hiddenUntil) {
        if (node.type === "html" && hiddenUntil.test(node.value)) hiddenUntil = null;
        return "";
      }
      const hidden = node.type === "html" ? HIDDEN_OPEN.exec(node.value) : null;
      if (node.type === "html" && hidden && !node.value.includes(`</${hidden[1]}`)) {
        hiddenUntil = new RegExp(`^</${hidden[1]}\\s*>`, "i");
        return "";
      }
      if (node.type === "text" || node.type === "inlineCode") return node.value;
      if (node.type === "break") return " ";
      if (node.type === "html") return HTML_TAG.test(node.value) || node.value.startsWith("<!--") ? "" : node.value;
      if (node.type === "image") return node.alt ?? "";
      if ("children" in node) return phrasingText(node.children as PhrasingContent[]);
      return "";
    })
    .join("");
}
