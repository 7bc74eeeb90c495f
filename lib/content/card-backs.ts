// Touches on a card's back after its point is chosen, each keeping the back to what the front asks.
import { isStopWord } from "./similarity";
import { CONDITION_ONLY, SUMMARY_WORDS } from "./answer-parts";
import { CJK, sentences, visualLength, withoutStruckText } from "./markdown-text";

const LIST_LINE = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S/;

/**
 * An answer that is only a short list ("- Open source\n- Supports iOS…") is its own back, its items
 * on their lines: run together into one line they read as a single garbled sentence.
 */
export function wholeListBack(answer: string, max: number): string | null {
  const lines = answer.trim().split("\n");
  const items = lines.filter((line) => LIST_LINE.test(line));
  if (
    items.length < 2 ||
    !lines.every((line, i) => LIST_LINE.test(line) || /^[ \t]+\S/.test(line) || blankAfterAnnouncingItem(lines, i))
  )
    return null;
  // A link's words stay; where it leads is no part of what to recall.
  const back = answer.trim().replace(/(?<!!)\[([^\]]+)\]\([^)]*\)/g, "$1");
  if (visualLength(back) <= max) return back;
  // "调整以下配置项（需要注意的是，此时所有的范围查询将会使用广播的方式…）": an aside in brackets is the first to go.
  const withoutAsides = withoutBracketedAsides(back);
  return visualLength(withoutAsides) <= max ? withoutAsides : null;
}

/** "(if supplied by the provider)", "（默认为 false）": asides in brackets, of two words or more. */
export function withoutBracketedAsides(text: string): string {
  return text.replace(/[ \t]*\((?=[^()\n`]*\s)[^()\n`]{3,}\)|[ \t]*（[^（）\n`]{4,}）/g, "");
}

/** "2. 调整以下配置项：" then a blank line and "- 4.x 版本：…": the blank line at `i` parts a step from what it announces. */
function blankAfterAnnouncingItem(lines: string[], i: number): boolean {
  const announcing = lines[i - 1] ?? "";
  return (
    lines[i]!.trim() === "" &&
    LIST_LINE.test(announcing) &&
    /[:：]\s*$/.test(announcing) &&
    LIST_LINE.test(lines[i + 1] ?? "")
  );
}

// "**A**：1. …", "A：", "答：" opening a paragraph: the answer's own prefix, no part of what to recall.
// "Short answer:", "简而言之：" open a summary, "**解决方式：**" a fix the front asks for: the label is no part of it either.
const FIX_LABEL = String.raw`解决(?:方案|方法|办法|方式)|处理(?:方法|办法|方式)`;
const ANSWER_LABEL = new RegExp(
  String.raw`^[ \t]*(?:\*\*(?:A\d*|答|${SUMMARY_WORDS}|${FIX_LABEL})\*\*\s*[:：.]|\*\*(?:${FIX_LABEL})\s*[:：]\*\*|(?:A\d*|答|回答|${SUMMARY_WORDS}|${FIX_LABEL})\s*[:：])[ \t]*`,
  "gim",
);

export function withoutAnswerLabels(back: string): string {
  return back.replace(ANSWER_LABEL, "");
}

// "Secondly, coloring on Windows is…", "其次，…", "However it is possible…", "同上，…": the order of a passage, or
// the entry before, that the back no longer has.
const ORDINAL_OPENING =
  /^(?:(?:first|second|third)(?:ly)?|finally|lastly|also|additionally|moreover|furthermore|in (?:this|that|such a) case)\s*,\s*(?=[a-z`])|^however,?\s+(?=(?:it|you|this|there|we|if|when)\b)|^(?:however|but)\s*,\s*|^(?:首先|其次|再次|然后|最后|另外|此外|同时|这种情况下|此时|同上)[，,]\s*|^(?:但是|不过|然而)[，,]?\s*|^(?:如上图所示|如图所示|如上所示|如下图所示)[，,]\s*|^as (?:shown|seen) (?:above|in the (?:image|screenshot|figure)(?: above)?),\s*/i;

/** "…6GB RAM or higher is recommended ." (the writer's full stop on a line of its own): the stop goes with its word. */
export function withStopAttached(back: string): string {
  return back.includes("`") ? back : back.replace(/(?<=[A-Za-z0-9)\]])[ \t]+\.(?=\s|$)/g, ".");
}

/** A back that opened on "Secondly," or "其次，" opens on what that sentence says. */
export function withoutOrdinalOpening(back: string, answer = back): string {
  const rest = back.replace(ORDINAL_OPENING, "");
  // The sentence starts with a capital, but a name written in lower case again later ("ripgrep … ripgrep") keeps it.
  const word = /^[a-z][\w-]*/.exec(rest)?.[0];
  const name = word !== undefined && !isStopWord(word) && new RegExp(`[^.!?,;:\\s]\\s+${word}\\b`).test(answer);
  return rest === back || name ? rest : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * The back of a card asking for one step or one term's meaning is the item's first sentence
 * ("eBPF程序开始运行。"); what follows only explains it, and the full answer stays folded below.
 */
export function firstSentenceOnly(text: string): string {
  const parts = sentences(text);
  if (parts.length < 2 || /\n/.test(text.trim())) return text;
  const first = parts[0]!;
  // "Yes.", "注意：" or a question back to the reader is no step or meaning on its own, and
  // "…1170 条目；三层 B+ 树…" goes on with the same point: only a full stop ends it.
  if (visualLength(first) < 8 || !/[。.!！]$/.test(first)) return text;
  return first;
}

// "…，具体编译细节参考[链接](…)", "。详细操作可参考[文档](…)", ", see [the guide](…).": a clause that
// only says where to read more. The words before the pointer verb are few, so nothing to recall goes with it.
const POINTS_TO = String.raw`[^，,。；;\[\]\n]{0,10}?(?:参考|参见|详见|参阅|见|查看|\bsee|\brefer to)\s*[:：]?\s*`;
// "，具体位置在[这里](…)", "，[参考链接](…)": a link whose words only say "here is more".
const GENERIC_LINK = String.raw`[^，,。；;\[\]\n]{0,10}?\[\s*(?:这里|此处|链接|参考链接|参考代码|代码|文档|更多|详情|了解更多|here|this link|link|more|read more|details)\s*\]`;
const POINTER_CLAUSE = new RegExp(
  String.raw`(?:[，,；;]\s*|(?<=[。.!！]\s*))(?:${POINTS_TO}\[[^\]\n]+\]|${GENERIC_LINK})\([^)\n]*\)\s*[。.]?\s*$`,
  "i",
);

// "。操作步骤可以参考文档，https://github.com/…": the same pointer to a bare address.
const BARE_POINTER = new RegExp(
  String.raw`(?:[，,；;]\s*|(?<=[。.!！]\s*))${POINTS_TO}[^，,。；;\n]{0,10}?[，,:：]?\s*<?https?://[^\s>]+>?\s*[。.]?\s*$`,
  "i",
);

/** Each line of the back without a pointer clause at its end, when enough is left to recall. */
export function withoutPointerClauses(back: string): string {
  let inCode = false;
  let pointerCut = false;
  return back
    .split("\n")
    .map((line) => {
      if (/^[ \t]*(?:`{3}|~{3})/.test(line)) inCode = !inCode;
      if (inCode) return line;
      // "See [issue #484](…)⏎for details. Upgrading…": the pointer's sentence wrapped onto this line.
      if (pointerCut) line = line.replace(POINTER_TAIL_WRAPPED, "");
      const cut = line.replace(POINTER_CLAUSE, "").replace(BARE_POINTER, "");
      pointerCut = cut !== line;
      if (cut === line) return line;
      // "关于唤醒模式的更多细节，请查看这里：https://…": what the pointer was about goes with it.
      const kept = cut
        .replace(/[，,；;\s]+$/, "")
        .replace(MORE_ABOUT, "")
        .replace(LAST_CLAUSE, (clause) => (CONDITION_ONLY.test(clause.trim()) ? "" : clause))
        .trimEnd();
      if (visualLength(kept.replace(/^[ \t]*(?:[-*+]|\d+[.)])\s+/, "")) >= 8) return kept;
      // A line that was only the pointer goes when the back has more to say.
      if (kept.trim() === "" && visualLength(back.replace(line, "").trim()) >= 8) return "";
      pointerCut = false;
      return line;
    })
    .filter((line, i, lines) => line.trim() !== "" || lines[i - 1]?.trim() !== "")
    .join("\n")
    .trim();
}

// "如果您不相信我们，请自行查看[源代码](…)。": a condition whose main clause was the pointer goes with it.
const LAST_CLAUSE = /(?:^|(?<=[。.!！?？]\s*))[^。.!！?？，,；;\n]+$/;
const MORE_ABOUT =
  /(?:^|(?<=[。.!！]\s*))[^。.!！\n]*(?:更多(?:细节|信息|详情|内容|说明)|详细(?:信息|说明|内容)|\bmore (?:details|information|info)\b)[^。.!！\n]*$/i;
const POINTER_TAIL_WRAPPED =
  /^\s*(?:for (?:more )?(?:details|information|info)|to learn more|了解(?:更多|详情)[^。]*)[.。]?\s*/i;

const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;

const FIX_COLUMN =
  /^(?:解决(?:方案|方法|办法|方式)|处理(?:方法|办法|方式)|(?:solutions?|fix(?:es)?|workarounds?|resolution))$/i;
const CAUSE_COLUMN =
  /^(?:(?:产生)?原因|问题|现象|症状|错误|报错|(?:causes?|reasons?|problems?|issues?|symptoms?|errors?))$/i;

/** "| 产生原因 | 解决方案 |": each row's cause with its fix, or the fixes alone when that is too long. */
function causesAndFixes(table: string[][], max: number): string | null {
  const header = table[0]!.map((cell) => cell.replace(/\*\*/g, "").trim());
  const fix = header.findIndex((cell) => FIX_COLUMN.test(cell));
  const cause = header.findIndex((cell) => CAUSE_COLUMN.test(cell));
  if (fix < 0 || cause < 0) return null;
  const rows = table.slice(2).map((row) => ({ cause: row[cause] ?? "", fix: row[fix] ?? "" }));
  if (rows.length < 2 || rows.some((row) => !row.fix)) return null;
  const clean = (cell: string) =>
    cell
      .replace(/\*\*/g, "")
      .replace(/<br\s*\/?>/gi, " ")
      .trim();
  for (const line of [
    (r: (typeof rows)[0]) => `${clean(r.cause)}：${clean(r.fix)}`,
    (r: (typeof rows)[0]) => clean(r.fix),
  ]) {
    const back = rows.map((row) => `- ${line(row)}`).join("\n");
    if (visualLength(back) <= max) return back;
  }
  return null;
}

/**
 * An answer that is mainly a table too big to grade ("从低到高排列: | 方案 | 架构 | … |") is summed up
 * by its lead and the row names of its first column, in order; the table stays folded below.
 */
export function tableRowsBack(answer: string, max: number): string | null {
  const lines = answer.trim().split("\n");
  const start = lines.findIndex((line) => TABLE_ROW.test(line));
  if (start < 0) return null;
  const end = lines.findIndex((line, i) => i > start && !TABLE_ROW.test(line));
  const rows = lines.slice(start, end < 0 ? lines.length : end);
  const cells = (row: string) =>
    row
      .trim()
      .replace(/^\||\|$/g, "")
      .split("|")
      .map((c) => c.trim());
  const table = rows.length >= 4 && /^[\s|:-]+$/.test(rows[1]!) ? rows.map(cells) : null;
  // (A table of causes and fixes answers a problem, whatever the text around it.)
  const fixes = table && causesAndFixes(table, max);
  if (fixes) return fixes;
  const lead = lines.slice(0, start).join(" ").replace(/\*\*/g, "").trim();
  // Only a lead that introduces the table ("…排列:") or none: prose before it is the point itself.
  if ((lead && (!/[:：]$/.test(lead) || visualLength(lead) > 60)) || visualLength(rows.join("\n")) <= max) return null;
  if (!table || !table[0]![0]) return null;
  const heads = table.slice(2).map((row) => row[0]!.replace(/\*\*/g, ""));
  if (heads.length < 2 || heads.some((h) => !h || visualLength(h) > 30)) return null;
  const back = `${lead ? `${lead}\n\n` : ""}${heads.map((h) => `- ${h}`).join("\n")}`;
  return visualLength(back) <= max ? back : null;
}

const CODE_SPAN = /(`+)([^`\n]+?)\1(?!`)/g;
const FENCE_OR_SPAN = /^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$|(`+)[^`\n]+?\2(?!`)/gm;
const CONTEXT = 4;

/**
 * A point read from the answer's plain text gets its code marks back: "Use brew log <formula> to
 * find out!" shows `<formula>` as a tag, and "run lein repl" no longer shows what to type. A word
 * is marked where the answer marked it (the same text beside it), not wherever it recurs.
 */
export function withCodeMarked(back: string, answer: string): string {
  const codes = [...new Set([...answer.matchAll(CODE_SPAN)].map(([, , code]) => code!.trim()))]
    .filter((code) => visualLength(code) >= 2)
    .sort((a, b) => b.length - a.length);
  if (codes.length === 0) return back;
  const marked = (code: string, before: string, after: string) =>
    [before, after].some((side, i) => {
      const near = i === 0 ? side.slice(-CONTEXT) : side.slice(0, CONTEXT);
      // (A full stop alone is no context: "…foreground color." is not "…call it with simply `color`.")
      if (near.replace(/[\s.,;:!?。，；：！？]/g, "") === "") return false;
      return answer.includes(i === 0 ? `${near}\`${code}\`` : `\`${code}\`${near}`);
    });
  const mark = (plain: string) => {
    const found: string[] = [];
    let text = plain;
    for (const code of codes) {
      const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const bounded = new RegExp(`(?<![\\w\\u0000\\u0001])${escaped}(?!\\w)`, "g");
      text = text.replace(bounded, (match, at: number, all: string) => {
        if (!marked(code, all.slice(0, at), all.slice(at + match.length))) return match;
        found.push(code);
        return `\u0000${found.length - 1}\u0001`;
      });
    }
    return text.replace(/\u0000(\d+)\u0001/g, (_, i: string) => {
      const code = found[Number(i)]!;
      const ticks = code.includes("`") ? "``" : "`";
      return `${ticks}${code}${ticks}`;
    });
  };
  let out = "";
  let at = 0;
  for (const match of back.matchAll(FENCE_OR_SPAN)) {
    out += mark(back.slice(at, match.index)) + match[0];
    at = match.index + match[0].length;
  }
  return out + mark(back.slice(at));
}

// "[configs/model_config.py](../configs/model_config.py)": a link into the source's own repository leads nowhere here.
// (So does a destination that is itself a link, "[FastChat](**[https://…](https://…))", balanced parentheses and all.)
const RELATIVE_LINK = /(?<!!)\[([^\]\n]+)\]\((?!https?[:：]|mailto:|#)(?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g;

// "（[API 文档](/components/select)）": a bracketed link that only says "docs" is a pointer, not words to recall.
const BRACKETED_DOCS_LINK =
  /\s*[（(]\s*\[\s*(?:API\s*)?(?:文档|说明|docs?|documentation|更多|详情|more|details)\s*\]\([^)\n]*\)\s*[）)]/gi;

// "(See [Unique Index components](./datasets.md#indexing))": an aside that only says where to read more.
const SEE_LINK_ASIDE =
  /\s*[（(]\s*(?:see(?: also)?|cf\.|参见|参考|详见|见)\s*\[[^\]\n]+\]\((?:[^()\s]|\([^()\s]*\))*\)\s*[）)]/gi;

export function withoutRelativeLinks(back: string): string {
  return back.replace(BRACKETED_DOCS_LINK, "").replace(SEE_LINK_ASIDE, "").replace(RELATIVE_LINK, "$1");
}

// "…模型下载完成后，请在…文件中进行修改，如把 `llm_model_dict`从": a clause cut before the code it led into.
const DANGLING_CLAUSE =
  /[，,]\s*[^，,。.!！?？\n]*(?:从|把|将|如|例如|比如|向|或者|或|以及|from|to|with|like|as|or|and|e\.g\.)\s*$/i;

// "…配置输出目录为 `target/gen`，如图：", "…, as shown below:": the picture is not on the card.
const SHOWN_BELOW =
  /[，,]?\s*(?:如图|如下图|见下图|如下图所示|如图所示|截图如下)\s*[:：]?\s*$|,?\s*(?:as shown (?:below|in the (?:image|screenshot|picture)(?: below)?)|see (?:the )?(?:image|screenshot|picture) below)\s*[:：.]?\s*$/i;

/** A back whose last line trails off (",", "…如把 `x`从") ends at the clause before, with a full stop. */
export function withoutDanglingEnd(back: string): string {
  // "…to use them elsewhere. Here are a couple notes about that.", "以下的代码会不停输出…": what it announces
  // is not on the card.
  const announced =
    /(?<=[.!。！])\s*(?:here (?:are|is) (?:a |some |a few |a couple )?[^.!。\n]{0,40}|there (?:are|is) (?:some|a few|several|a couple of|many) (?:things|ways|steps|options|tricks)\b[^.!。\n]{0,60}|以下是[^。\n]{0,20}|下面是[^。\n]{0,20}|(?:以下|下面)的?(?:代码|示例|例子|命令)[^。\n]{0,80}|the (?:following|code below|example below) (?:code|example|command|snippet)\b[^.!\n]{0,80})[.。:：]?\s*$/i;
  if (!/\n/.test(back.trim()) && announced.test(back.trim())) back = back.trim().replace(announced, "");
  const lines = back.split("\n");
  const last = lines.at(-1)!;
  if (/^[ \t]*(?:`{3,}|~{3,}|\||    )/.test(last) || lines.some((line) => /^[ \t]*(?:`{3,}|~{3,})/.test(line)))
    return back;
  const stop = (text: string) =>
    `${text}${CJK.test(text.at(-1) ?? "") || /[\u3400-\u9fff`）]$/.test(text) ? "。" : "."}`;
  let fixed = last;
  const cut = last.replace(DANGLING_CLAUSE, "");
  const unshown = last.replace(SHOWN_BELOW, "");
  if (unshown !== last && visualLength(unshown) >= 10) fixed = stop(unshown.trimEnd());
  else if (cut !== last && visualLength(cut) >= 20) fixed = stop(cut.trimEnd());
  else if (/[，,；;]\s*$/.test(last)) fixed = stop(last.replace(/[，,；;]\s*$/, ""));
  return [...lines.slice(0, -1), fixed].join("\n");
}

// `<a href="…">Keys API</a>` in a Markdown answer: a link as Markdown writes it (a relative one then goes as those do).
const HTML_LINK = /<a\s[^>]*?href\s*=\s*"([^"]*)"[^>]*>([^<]*?)<\/a>/gi;
// A tag's name ends at a space, "/>" or ">": "</Applications/Utilities/Terminal.app>" is a path, not a tag.
const HTML_TAG_ONLY = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
const IMAGE_ONLY = /^\s*(?:!\[[^\]\n]*\]\([^)\n]*\)\s*)+$/;
const LABEL_ONLY = /^[ \t]*(?:\*\*)?[^\n:：*。.]{1,20}(?:\*\*)?[ \t]*[:：][ \t]*(?:\*\*)?[ \t]*$/;
// "1，如果 Master 服务掉了…" / "2，如果 Worker…": steps numbered with a comma, which Markdown does not read as a list.
const COMMA_NUMBER = /^[ \t]*(?:(?:A\d*|答)\s*[:：]\s*)?(\d{1,2})[，,、][ \t]*(?=\S)/;

/**
 * The answer as cards read it: without lines that are only HTML or images (`<p align="center"><img …></p>`
 * shows nothing on a card), and with steps numbered "1，" "2，" as a list, so that no back runs them together.
 */
export function answerForCards(answer: string): string {
  let inCode = false;
  const lines = withInlineHtmlAsMarkdown(withoutStruckText(answer).replace(HTML_LINK, "[$2]($1)")).split("\n");
  const numbered = lines.filter((line) => COMMA_NUMBER.test(line)).length;
  const kept: string[] = [];
  for (let line of lines) {
    if (/^[ \t]*(?:`{3,}|~{3,})/.test(line)) inCode = !inCode;
    if (inCode) {
      kept.push(line);
      continue;
    }
    const htmlOnly = line.includes("<") && line.replace(HTML_TAG_ONLY, "").trim() === "" && line.trim() !== "";
    if (htmlOnly || IMAGE_ONLY.test(line)) {
      // "页面入口：" over a screenshot: the label of what is gone goes too.
      const last = kept.findLastIndex((k) => k.trim() !== "");
      if (last >= 0 && LABEL_ONLY.test(kept[last]!)) kept.splice(last);
      else if (last >= 0) kept[last] = withoutFigureLeadIn(kept[last]!);
      continue;
    }
    // An image's alt text stays as a word of its sentence ("…中的![contextPath](…)配置项"), but not as the opening
    // of a line when it is a name ("![snipaste_clickthough](…) 这个状态表示…").
    line = line
      .replace(/^([ \t]*)!\[([^\]\s]*)\]\([^)\n]*\)[ \t]*(?=\S)/, (whole, indent: string, alt: string) =>
        /[\u3400-\u9fff]/.test(alt) ? whole : indent,
      )
      .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, "$1");
    const number = COMMA_NUMBER.exec(line);
    if (number && numbered >= 2) kept.push(`${number[1]}. ${line.slice(number[0].length)}`);
    else if (number && numbered === 1 && number[1] === "1") kept.push(line.slice(number[0].length));
    else kept.push(line);
  }
  // A list right after a paragraph line needs nothing more; after a heading-like bold line it does too.
  return withoutOpeningPointers(
    kept
      .join("\n")
      .replace(/^(?!\d+\. )(.+)\n(?=1\. )/gm, "$1\n\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim(),
  );
}

// `click <samp>Manage</samp>`, `press <kbd>Ctrl</kbd>`: text marked with inline HTML, which the card's Markdown
// would show bare (and other uses of the text, as tags). Code-like tags become code spans, emphasis emphasis.
const INLINE_HTML = /<(samp|kbd|code|tt|var|strong|b|em|i)>([^<>\n`*]+)<\/\1>/gi;
const MARKDOWN_FOR_TAG: Record<string, string> = { strong: "**", b: "**", em: "*", i: "*" };

function withInlineHtmlAsMarkdown(text: string): string {
  return text.replace(INLINE_HTML, (_, tag: string, inner: string) => {
    const mark = MARKDOWN_FOR_TAG[tag.toLowerCase()] ?? "`";
    return inner.trim() ? `${mark}${inner}${mark}` : inner;
  });
}

// "…缺乏该 sigmoid op 会导致类别置信度大于 1，示意图如下：" over a screenshot: the lead-in to what is gone.
const FIGURE_LEAD_IN =
  /(?:[，,]\s*|(?<=[。.!！]\s*))(?:[^，,。.!！\n]{0,10}?(?:示意图|图片|截图|效果图?|如图|界面)[^，,。.!！\n]{0,4}?)?如下(?:图)?(?:所示)?\s*[:：]\s*$|,?\s*(?:as (?:shown|seen) (?:below|here|in the (?:image|screenshot|picture) below)|see the (?:image|screenshot|picture) below)\s*:\s*$/i;

function withoutFigureLeadIn(line: string): string {
  const cut = line.replace(FIGURE_LEAD_IN, "");
  if (cut === line || !cut.trim()) return cut.trim() ? line : "";
  return /[。.!！]$/.test(cut) ? cut : `${cut}${/[\u3400-\u9fff\d]$/.test(cut) ? "。" : "."}`;
}

// "> 相关讨论：[#518](…)", "If you haven't already done so, please read these FAQs first:": where else to read,
// ahead of the answer.
const OPENING_POINTER =
  /^(?:>\s*)?(?:\*\*)?(?:相关(?:讨论|issues?|链接|问题|文档)|参考(?:链接|资料)?|see also|related(?: issues?| discussions?)?)(?:\*\*)?\s*[:：]|\bplease read\b[^\n]{0,60}\bfirst\b[^\n]*[:：]$/i;
const LINK_LINE = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[^\]\n]+\]\([^)\n]*\)[ \t]*$/;

/** The answer without the pointers (and the links they list) it opens with, when an answer follows them. */
export function withoutOpeningPointers(answer: string): string {
  const blocks = answer.split(/\n[ \t]*\n/);
  let start = 0;
  while (start < blocks.length - 1) {
    const block = blocks[start]!.trim();
    const pointer = OPENING_POINTER.test(block) && visualLength(block) <= 200 && !block.includes("\n\n");
    const links = start > 0 && block.split("\n").every((line) => LINK_LINE.test(line));
    if (!pointer && !links) break;
    start++;
  }
  return start === 0 ? answer : blocks.slice(start).join("\n\n");
}

/**
 * A back over `max` whose code explains itself in comments ("# Clone the repository") keeps the commands: they are
 * what to recall, and the full answer stays folded below.
 */
export function withoutCodeComments(back: string, max: number): string {
  if (visualLength(back) <= max || !/^[ \t]*(?:`{3,}|~{3,})/m.test(back)) return back;
  let inCode = false;
  const kept = back.split("\n").filter((line) => {
    if (/^[ \t]*(?:`{3,}|~{3,})/.test(line)) {
      inCode = !inCode;
      return true;
    }
    return !inCode || (line.trim() !== "" && !/^[ \t]*(?:#(?!!)|\/\/)/.test(line));
  });
  return kept.join("\n");
}

/**
 * "纯文本评测：" over a block of two hundred names, "多模态评测：" over another: a back that is mostly data is no
 * point to grade. Each block long enough to be the wall shows its first line and "…"; the full answer stays folded below.
 */
export function withCodeOpenings(back: string, max: number): string {
  if (visualLength(back) <= max * 2) return back;
  const out: string[] = [];
  let body: string[] | null = null; // the lines of the open block
  for (const line of back.split("\n")) {
    const fence = /^[ \t]*(?:`{3,}|~{3,})/.test(line);
    if (body === null) {
      out.push(line);
      if (fence) body = [];
    } else if (fence) {
      const shown = body.filter((l) => l.trim());
      out.push(...(shown.length > 2 ? [shown[0]!, "…"] : body), line);
      body = null;
    } else body.push(line);
  }
  return [...out, ...(body ?? [])].join("\n");
}

// "### Guaranteed immutability", "**Rust is fast**": a line naming one part of the answer. Not a cause or fix label,
// which answers a problem in its own way.
const PART_HEADING = /^[ \t]*(?:#{2,6}[ \t]+(.+?)[ \t#]*|\*\*([^*\n]{2,60})\*\*[ \t]*)$/;
const LONE_LINK = /^[ \t]*(?<!!)\[([^\]\n]{2,60})\]\([^)\n]*\)[ \t]*$/;

/**
 * "[Microsoft Azure Active Directory Forums](…)" over "- You can search and browse for technical questions…": a link
 * on a line of its own, told about in the text under it, names a part (a list of bare links does not).
 */
function describedLink(lines: string[], i: number): RegExpExecArray | null {
  // (A paragraph of its own: a link wrapped onto its own line inside a paragraph is part of a sentence.)
  const alone = (lines[i - 1] ?? "").trim() === "" && (lines[i + 1] ?? "").trim() === "";
  const link = alone ? LONE_LINK.exec(lines[i]!) : null;
  const next = lines.slice(i + 1).find((line) => line.trim() !== "");
  const told = next !== undefined && !LONE_LINK.test(next) && !LINK_LINE.test(next) && !PART_HEADING.test(next);
  return link && told ? link : null;
}

const CAUSE_OR_FIX =
  /^(?:原因|解决|方法|方案|问题|现象|cause|reason|solution|fix|workaround|symptom|problem)|示例|例子|举例|提示|注意|说明|备注|\b(?:examples?|notes?|tips?|warning|caution)\b/i;

/**
 * "Its three key advantages are:" over `### Guaranteed immutability`, `### Rich API`, `### Performance`: an answer told
 * in named parts is summed up by their names, after the sentence that leads to them; each part has a card of its own.
 * `linksOnly` (a fix or a how is asked, whose answer's headings are its own steps): only parts named by a link count,
 * "How can I get help?" over "[Forums](…)" and what each channel offers.
 */
export function partNamesBack(answer: string, max: number, linksOnly = false): string | null {
  let inCode = false;
  const names: string[] = [];
  let firstAt = -1;
  const lines = answer.split("\n");
  lines.forEach((line, i) => {
    if (/^[ \t]*(?:`{3,}|~{3,})/.test(line)) inCode = !inCode;
    const m = inCode ? null : ((linksOnly ? null : PART_HEADING.exec(line)) ?? describedLink(lines, i));
    if (!m) return;
    if (firstAt < 0) firstAt = i;
    names.push((m[1] ?? m[2]!).replace(/[*_`]/g, "").trim());
  });
  if (names.length < 2 || names.length > 8 || names.some((n) => CAUSE_OR_FIX.test(n) || visualLength(n) > 60))
    return null;
  const before = sentences(
    lines
      .slice(0, firstAt)
      .join(" ")
      .replace(/(?<!!)\[([^\]]+)\]\([^)]*\)/g, "$1"),
  );
  const last = before.at(-1)?.trim();
  const lead = !last ? "" : /[:：]$/.test(last) && before.length > 1 ? `${before.at(-2)!.trim()} ${last}` : last;
  const list = names.map((n) => `- ${n}`).join("\n");
  for (const back of [lead && visualLength(lead) <= 160 ? `${lead}\n\n${list}` : null, list])
    if (back && visualLength(back) <= max) return back;
  return null;
}
