// What may stand as the text of a multiple-choice option: one clean phrase or clause, never a
// label, heading, table row, code line, list marker, answer prefix or a piece cut mid-word.
import { visualLength } from "./markdown-text";

/** Longest option, in visual units (a CJK character counts 2). */
const MAX_OPTION_LENGTH = 90;

const LIST_MARKER =
  /^\s*(?:\d{1,3}(?:\.\d{1,3})*\s*[:：]\s*|[-*+•·▪●◦]\s+|\d{1,3}[.)、．](?!\d)\s*|[（(]\s*\d{1,3}\s*[）)]\s*|[①-⑳]\s*|[a-zA-Z][.)]\s+)/;
const ANSWER_PREFIX =
  /^\s*(?:\*\*)?(?:一句话|一句话总结|简而言之|简单来说|答案?|回答|结论|总结|注意|注|说明|提示|原因|解决方法|解决办法|解决方案|A[\d.]*|Q[\d.]*|Answer|Note|Tip|TL;DR)(?:\*\*)?\s*[:：.]\s*/i;

/** Drops list markers and answer prefixes ("A：", "一句话：", "（2）") from the start of a text, keeping the rest as is. */
export function stripLeadIn(text: string): string {
  let out = text.trim();
  for (let previous = ""; previous !== out;) {
    previous = out;
    out = out.replace(LIST_MARKER, "").replace(ANSWER_PREFIX, "").trim();
  }
  return out;
}

/** Removes what may lead an option without being part of it: list markers and answer prefixes. */
export function cleanOption(text: string): string {
  const out = text
    .replace(/\s+/g, " ")
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?![\w*])/g, "$1$2") // *emphasis*
    .trim();
  return stripLeadIn(out)
    .replace(/[。．.；;，,：:、]+$/, "")
    .trim();
}

/**
 * Why a (cleaned) text cannot be an option, or null when it can. Each reason names a kind of bad
 * option a strict reader found in generated questions.
 */
export function optionTextProblem(text: string, max = MAX_OPTION_LENGTH): string | null {
  if (visualLength(text) < 2) return "empty";
  if (visualLength(text) > max) return "too long";
  if (hasMarkup(text)) return "markup";
  if (/\|/.test(text) || /(?:^|\s)[-=:]{2,}(?:\s|$)/.test(text)) return "table row or separator";
  if (/^[\s\-=*_~|:+#.]+$/.test(text)) return "separator line";
  if (isLabel(text)) return "label or heading";
  if (LIST_MARKER.test(text)) return "list marker";
  if (ANSWER_PREFIX.test(text)) return "answer prefix";
  if (isCodeLine(text)) return "code line";
  if (/[…]$|\.\.\.$/.test(text) || !balanced(text)) return "cut mid-phrase";
  if (/[，,；;]\s*(?:\d{1,2}[.、)）]|[（(]\d{1,2}[）)])/.test(text)) return "inline list";
  // Checked last: a passage may open with "如果", an option may not.
  if (LEANS_ON_CONTEXT.test(text)) return "leans on context";
  return null;
}

// "否则触发 BNL", "Otherwise it fails": a clause that continues another one.
const LEANS_ON_CONTEXT =
  /^(?:否则|但是|但|而且|并且|而|因此|所以|另外|此外|同时|也就是说|即|例如|比如|如果|假如|因为|由于|即使|虽然|尽管|当|然后|接着|(?:otherwise|but|so|also|then|however|therefore|and|or|e\.g\.|for example|because|although)\b)/i;

// Real HTML tags only: `<formula>` in "brew install <formula>" is a placeholder, not markup.
const HTML_TAG =
  /<\/?(?:a|b|br|center|code|div|font|em|i|img|kbd|li|ol|p|pre|span|strong|sub|sup|table|td|th|tr|ul|details|summary|h[1-6])\b[^>]*>/i;

function hasMarkup(text: string): boolean {
  return /\*\*|__|`|\[[^\]]*\]\(|^#+\s|!\[/.test(text) || HTML_TAG.test(text);
}

/** An option that is one of the deck's own questions need only be whole and free of markup. */
export function questionOptionProblem(text: string): string | null {
  if (visualLength(text) > 130) return "too long";
  // "Mac 版 / Linux 版 / 滚动截图 / GIF 录制 ……": keywords for several questions, no question of one kind with others.
  const parts = text.replace(/[\s.…。]+$/, "").split(/\s+\/\s+/);
  if (parts.length >= 3 && parts.every((part) => visualLength(part) <= 24)) return "keyword list";
  return hasMarkup(text) ? "markup" : null;
}

/** `8.0 变化`, `4 个关键字段`, `第三章`, `Step 2`, `Example:`: a heading or label, not a statement. */
export function isLabel(text: string): boolean {
  return (
    /^\d+(?:\.\d+)*\s*[\p{L}\s]{0,10}$/u.test(text) ||
    /^\d+\s*[个种类项条步]\s*\S{0,10}$/.test(text) ||
    /^第[一二三四五六七八九十\d]+[章节部分步篇]/.test(text) ||
    /^(?:step|part|chapter|section|example|figure|table|note)\s*\d*$/i.test(text) ||
    /[:：]$/.test(text) ||
    GENERIC_LABEL.test(text.replace(/\s+/g, ""))
  );
}

// Words that head a part of an answer ("**注意**：…", "**Example**: …") rather than name a thing.
const GENERIC_LABEL =
  /^(?:注意|注意事项|加分点|扣分点|易错点|考点|难点|亮点|案例|示例|例子|举例|例如|问题|问题背景|背景|原因|根因|命令|步骤|流程|写流程|读流程|核心思想|思想|原理|定义|概念|作用|用途|目的|优点|缺点|优势|劣势|特点|特性|场景|典型场景|适用场景|使用场景|应用场景|关键参数|参数|配置|关键字段|字段|结论|总结|小结|建议|方案|解决方案|解决方法|方法|做法|用法|区别|联系|影响|危害|风险|代价|成本|现象|表现|效果|结果|说明|备注|提示|前提|条件|限制|局限|缺陷|默认|默认值|默认开启|为什么快|为什么|怎么做|如何|是什么|一句话|要点|重点|核心|关键|本质|目标|答|答案|解答|回答|适用|解法|预防|收益|场景举例|替代方案|移除版本|基本单位|分的代价|核心|问题|原理简述|参考|链接|详见|更多|其他|其它|补充|注|example|examples|note|notes|warning|tip|tips|usage|summary|answer|reason|solution|workaround|details|see also|references?|links?|caveats?|pros|cons|advantages?|disadvantages?|background|result|output|input|default|command|steps?)$/i;

/** A shell command, a line of source code or a path, rather than prose or a term. */
// "docker compose restart", "./run.sh --debug": words of a shell command, none of them English function words
// (so not "tcp lookup some.domain.com no such host", an error message).
const SHELL_COMMAND = /^(?:[a-z][\w.-]*|\.{0,2}\/\S+)(?:\s+(?:-{1,2}[\w-]+(?:=\S+)?|[\w.\/:@=<>-]+))+$/;
const ENGLISH_FUNCTION_WORD = /\b(?:the|a|an|to|of|and|or|is|are|if|in|on|for|with|no|not|such)\b/;

export function isShellCommand(text: string): boolean {
  return SHELL_COMMAND.test(text.trim()) && !ENGLISH_FUNCTION_WORD.test(text);
}

function isCodeLine(text: string): boolean {
  return (
    /^\s*(?:\$|#!|>>>|sudo |pip |npm |brew |git |cd |export |import |from \S+ import|def |class |function |const |let |var |#include|SELECT |INSERT |UPDATE |CREATE )/i.test(
      text,
    ) ||
    /[{};]\s*$|=>|==|!=|&&|\|\||::|→|->|\w\(\S*\)\s*;?$|[A-Za-z_)]\s*=\s*\S|'%|%'/.test(text) ||
    /(?:^|\s)--?[a-z][\w-]*(?:\s|=|$)/.test(text) ||
    /\b(?:SELECT|WHERE|ORDER BY|GROUP BY|LIMIT|JOIN|INSERT INTO|UPDATE|DELETE FROM)\b[^，。]*\b(?:FROM|BY|LIMIT|WHERE|SET|VALUES|ON|\d+)\b|\w\s+[<>]=?\s+:?\w/.test(
      text,
    ) ||
    /^(?:\.{0,2}\/|~\/)\S+$|^\S+\.(?:py|js|ts|sh|yaml|yml|json|md|txt|conf|cfg|toml)$/.test(text)
  );
}

function balanced(text: string): boolean {
  const pairs: [string, string][] = [
    ["(", ")"],
    ["（", "）"],
    ["[", "]"],
    ["【", "】"],
    ["“", "”"],
    ["「", "」"],
    ["《", "》"],
  ];
  return pairs.every(([open, close]) => occurrences(text, open) === occurrences(text, close));
}

function occurrences(text: string, mark: string): number {
  let count = 0;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) count++;
  return count;
}

// A clause ending so ("…发生时", "…之后", "when …") needs the clause after it.
export const DEPENDENT_END =
  /(时|时候|之后|之前|以后|以前|的话|后|前|如果|因为|由于|when|if|because|while|after|before|since|although)$/i;

/**
 * The text, or when it is too long its longest start that ends at a clause boundary (never
 * mid-word); null when even the first clause does not fit.
 */
export function clausePrefix(text: string, max = MAX_OPTION_LENGTH): string | null {
  const clean = cleanOption(text);
  if (visualLength(clean) <= max) return clean;
  let best: string | null = null;
  for (const m of clean.matchAll(/[，,；;。：:]|[.!?](?=\s)/g)) {
    const head = cleanOption(clean.slice(0, m.index));
    if (visualLength(head) > max) break;
    if (visualLength(head) >= 4 && !DEPENDENT_END.test(head)) best = head;
  }
  return best;
}

/** The option a raw sentence, item or term makes once cleaned, or null when no clean option can come of it. */
export function optionFrom(raw: string, max = MAX_OPTION_LENGTH): string | null {
  if (/[:：]\s*$/.test(raw.trim())) return null; // a label introducing what follows
  const text = clausePrefix(raw, max);
  return text !== null && optionTextProblem(text, max) === null ? text : null;
}
