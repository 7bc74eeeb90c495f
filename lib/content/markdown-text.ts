// Plain-text views of an answer's Markdown, for generating cards and questions.
import type { List, ListItem, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import { memoized } from "./memoized";

// GitHub's Markdown without its autolinks: a bare address is text here as in the source, and looking for
// addresses in every word took a fifth of the parsing time. (A list of bare addresses is still a link list.)
const MARKDOWN_OPTIONS = {
  extensions: [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()],
  mdastExtensions: [
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  ],
};

export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, MARKDOWN_OPTIONS);
}

export type AnswerList = { ordered: boolean; items: string[] };

// Real HTML tags only, so that `Vec<T>`, `a<b && c>d` or a component such as `<Button />` in an answer survive.
const HTML_TAG = htmlTagPattern(
  "a|abbr|b|big|blockquote|br|center|code|dd|del|details|div|dl|dt|em|font|h[1-6]|hr|i|iframe|img|ins|kbd|li|mark|ol|p|pre|s|script|small|span|strike|strong|style|sub|summary|sup|table|tbody|td|th|thead|tr|tt|u|ul",
);
const HTML_TAG_OR_CODE_SPAN = new RegExp(String.raw`(?<!\`)(\`+)[^\n]*?[^\`\n]\1(?!\`)|${HTML_TAG.source}`, "gi");
// Text that came from HTML (an Anki field) is no Markdown: any tag it still holds is markup.
const ANY_HTML_TAG = htmlTagPattern(
  "a|abbr|audio|b|base|blockquote|br|button|center|code|dd|del|details|div|dl|dt|em|embed|font|form|h[1-6]|hr|i|iframe|img|input|ins|kbd|li|link|mark|math|meta|noscript|object|ol|p|pre|s|script|select|small|source|span|strong|style|sub|summary|sup|svg|table|tbody|td|textarea|th|thead|tr|u|ul|video",
);

// MDX gives an attribute a JavaScript value: `<h3 style={{display:"inline-block"}}>`.
function htmlTagPattern(names: string): RegExp {
  return new RegExp(
    `<\\/?(?:${names})(?:\\s+[\\w:-]+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|\\{(?:[^{}]|\\{[^{}]*\\})*\\}|[^\\s"'=<>\`{]+))?)*\\s*\\/?>|<!--[\\s\\S]*?-->`,
    "gi",
  );
}

/** Removes the HTML tags (and comments) left in text converted from HTML, leaving look-alikes such as `Vec<T>` alone. */
export function stripHtmlTags(text: string): string {
  return text.replace(ANY_HTML_TAG, "");
}

/**
 * Markdown to plain text by removing syntax from the source, not by rendering: FAQ text such as
 * `sk_buff缓冲区：sk_buff` would otherwise lose its underscores to emphasis. Several rules ask for an
 * answer's text, so each is worked out once.
 */
export const plainText: (markdown: string) => string = memoized(markdownAsText);

function markdownAsText(markdown: string): string {
  return (
    markdown
      .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, "")
      .replace(/<br\s*\/?>/gi, " ")
      // "2<sup>53</sup>" is 2^53: dropping the tags alone would say 253.
      .replace(/<sup>\s*([^<]{1,20}?)\s*<\/sup>/gi, "^$1")
      // Tags inside code spans ("添加`<div></div>`即可") are the code itself.
      .replace(HTML_TAG_OR_CODE_SPAN, (match, ticks?: string) => (ticks ? match : ""))
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
      .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, "")
      .replace(/^\|?\s*:?-{3,}.*$/gm, "")
      .replace(/<\|[^|\s<>]+\|>|\|/g, (bar) => (bar === "|" ? " " : bar)) // a `<|endoftext|>` token keeps its bars
      // Code spans lose their marks; a lone backtick ("反引号（`）括起来") is the character itself.
      .replace(/(?<!`)(`+)([^\n]*?[^`\n])\1(?!`)/g, "$2")
      .replace(/(\*\*|__)/g, "")
      .replace(/[ \t]+$/gm, "")
      .replace(/\n{2,}/g, "\n")
      .trim()
  );
}

/** Top-level lists of the answer (blockquoted answers are already unquoted by the parser). */
export const answerLists: (markdown: string) => AnswerList[] = memoized(findLists);

function findLists(markdown: string): AnswerList[] {
  if (!/^\s*([-*+]|\d+[.)])\s/m.test(markdown)) return [];
  return listsIn(markdown, parseMarkdown(markdown).children);
}

/** The lists in already parsed blocks, item text taken from `source` (the text the blocks were parsed from). */
export function listsIn(source: string, blocks: RootContent[]): AnswerList[] {
  const lists: AnswerList[] = [];
  const itemText = (item: ListItem) => {
    const first = item.children[0];
    if (!first?.position || !item.position) return toString(item);
    return plainText(source.slice(first.position.start.offset!, item.position.end.offset!));
  };
  const root: Root = { type: "root", children: blocks };
  visit(root, "list", (list: List, _index, parent) => {
    if (parent?.type === "listItem") return;
    lists.push({
      ordered: Boolean(list.ordered),
      items: list.children.map((item) => itemText(item).replace(/\s+/g, " ").trim()).filter(Boolean),
    });
  });
  // A numbered list split by blank lines into several one-item lists is still one list.
  const merged: AnswerList[] = [];
  for (const list of lists) {
    const last = merged.at(-1);
    if (last && last.ordered && list.ordered && list.items.length === 1 && last.items.length >= 1)
      last.items.push(...list.items);
    else merged.push({ ...list, items: [...list.items] });
  }
  return merged;
}

/** Splits text into sentences at Chinese and Western sentence ends and line breaks. */
export function sentences(text: string): string[] {
  // A code span ("`/show?name=a.b`") ends no sentence: its "?" and "." are part of the code.
  const spans: string[] = [];
  const masked = text.replace(/`[^`\n]+`/g, (span) => `\u0000${spans.push(span) - 1}\u0000`);
  return (
    masked
      // "Philipp A. Hartmann": a capital's full stop is an initial's, not a sentence's end; nor is a title's
      // ("Dr. Mark Raasveldt") or an abbreviation's ("e.g. this", "eg. that", "vs. that").
      .split(
        /(?<=[。！？；])|(?<=[!?;])(?=\s|[\u3400-\u9fff]|$)|(?<=(?<![\s(][A-Z]|\b(?:Dr|Mr|Mrs|Ms|Prof|Sr|Jr|St|vs|e\.g|i\.e|eg|ie|cf|approx|Fig|No|Vol))\.)\s+|\n+/,
      )
      .map((s) => s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => spans[Number(i)]!).trim())
      .filter((s) => s.length > 0)
  );
}

export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Each two Chinese characters side by side ("回滚" in "事务未回滚"), in order. */
export function cjkPairs(text: string): string[] {
  return [...text].flatMap((ch, i, chars) => (CJK.test(ch) && CJK.test(chars[i + 1] ?? "") ? [ch + chars[i + 1]] : []));
}

export function isMostlyChinese(text: string): boolean {
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  return cjk > 0 && cjk * 2 >= text.replace(/\s/g, "").length * 0.3;
}

/** Display length: a CJK character counts as two Latin ones. */
export function visualLength(text: string): number {
  // By UTF-16 unit (the compiler calls this for every option and passage it weighs): a surrogate
  // pair is one character, and the CJK ranges are those of CJK above.
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n += (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) ? 2 : 1;
  }
  return n;
}

/** Without text struck through ("~~旧版本适用：…~~"): the author withdrew it. The whole answer struck stays. */
export function withoutStruckText(markdown: string): string {
  if (!markdown.includes("~~")) return markdown;
  const out = markdown
    .replace(/(?<!~)~~(?![~\s])((?:(?!\n[ \t]*\n)[\s\S])*?[^\s~])~~(?!~)/g, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return out || markdown;
}
