// The parts of an answer that questions and cards are made from: its definitions, its lists of
// short items (not tables of contents, link lists or footnotes) and its key sentence.
import {
  answerLists,
  CJK,
  plainText,
  sentences,
  visualLength,
  withoutStruckText,
  type AnswerList,
} from "./markdown-text";
import { clausePrefix, cleanOption, isLabel, optionFrom, optionTextProblem, stripLeadIn } from "./option-text";

/** Definitions are shortened at a clause boundary to this length (visual units), all alike. */
const DEFINITION_LENGTH = 64;
/** A list item longer than this is a statement, not a term one could pick from a list. */
const TERM_LENGTH = 24;

export type Definition = {
  term: string;
  definition: string;
  /** "noun": `X是一种…` / `X is a …`, a noun phrase; "item": `X：…` in a list, a description. */
  shape: "noun" | "item";
};

export const PRONOUN_ZH =
  /^(这|那|它|其|该|此|我们|你|他|她|本|上述|以下|如下|下面|这种|这个|一些|有些|很多|所有|每个|因此|所以|但|而|如果|虽然|即使)/;
// "eBPF终归是…": a subject ending in an adverb is half a thought, not a term.
const HEDGED_ZH = /(终归|其实|也|都|就|还|本身|通常|主要|实际上|并不|不|只|才|又|仍|仍然|已经|可能|可以|一般)$/;
const ZH_DEFINITION =
  /^([^，,。：:；;、\s]{1,20}?)(?:[（(]([^）)]{2,40})[）)])?\s*(是一种|是一个|是一类|是一款|是一门|是指|指的是)(.+)$/;
const ZH_CATEGORY_DEFINITION =
  /^([A-Za-z_][\w.+#-]{0,20}|[\u4e00-\u9fff]{2,6})是(.{2,40}?(?:数据结构|技术|工具|机制|模块|子系统|框架|库|协议|接口|格式|算法|引擎|组件|服务|平台|语言|类型|结构|缓冲区|索引|日志|文件|命令|函数|程序|系统|模型|方法|策略|模式|特性|功能|参数|选项|概念|规范|标准|容器|进程|线程|变量|对象))(?:[，,。；;]|$)/;
const EN_PRONOUN =
  /^(it|this|that|these|those|there|which|what|one|each|you|we|they|he|she|here|all|some|most|many|such|other|both)$/i;
const EN_DEFINITION =
  /^(?:An?\s+|The\s+)?([A-Za-z_][\w.+#/-]*(?:\s+[A-Za-z_][\w.+#/-]*){0,3}?)\s+(?:\([^)]{2,60}\)\s+)?(?:is|are)\s+((?:an?|the|one of)\s+.+)$/;

// "The output of this command is…": the term points at text the reader of a question does not see.
const POINTING = /\b(?:this|that|these|those|above|below|following|previous)\b/i;
// "Milo Yip is the original author of…": a person's role, not what a thing is.
const PERSON_ROLE =
  /^(?:the|an?)\s+(?:\w+\s+)?(?:author|creator|maintainer|developer|founder|owner|inventor|lead|contributor|designer)s?\b/i;
// "Colors are an ideal candidate to set in your configuration file": advice, not a category.
const JUDGEMENT =
  /^(?:the|an?)\s+(?:ideal|good|great|bad|best|better|nice|perfect|excellent|recommended|reasonable|easy|simple)\b/i;

function definesATerm(term: string, definition: string): boolean {
  return !POINTING.test(term) && !PERSON_ROLE.test(definition) && !JUDGEMENT.test(definition);
}

/** Definitions stated in the answer: `X是一种…`, `X is a …`, and `term：description` list items. */
export function definitionsIn(answer: string, lists: AnswerList[] = answerLists(answer)): Definition[] {
  const found: Definition[] = [];
  const add = (term: string, definition: string | null, shape: Definition["shape"]) => {
    const t = cleanOption(term);
    if (!definition || visualLength(t) < 2 || visualLength(t) > 30) return;
    if (leaks(t, definition)) return; // the definition would give the term away
    if (optionFrom(t, 30) === null) return;
    if (!found.some((d) => d.term.toLowerCase() === t.toLowerCase())) found.push({ term: t, definition, shape });
  };
  for (const sentence of sentences(proseText(answer))) {
    const zh = ZH_DEFINITION.exec(sentence);
    if (zh && !PRONOUN_ZH.test(zh[1]!) && !HEDGED_ZH.test(zh[1]!)) {
      const lead = zh[3]!.startsWith("是一") ? zh[3]!.slice(1) : "";
      add(zh[1]!, optionFrom(lead + zh[4]!, DEFINITION_LENGTH), "noun");
      continue;
    }
    const category = ZH_CATEGORY_DEFINITION.exec(sentence);
    if (category && !PRONOUN_ZH.test(category[1]!) && !HEDGED_ZH.test(category[1]!)) {
      add(category[1]!, optionFrom(category[2]!, DEFINITION_LENGTH), "noun");
      continue;
    }
    const en = EN_DEFINITION.exec(sentence);
    if (en && !EN_PRONOUN.test(en[1]!.split(/\s+/)[0]!) && definesATerm(en[1]!, en[2]!))
      add(en[1]!, optionFrom(en[2]!, DEFINITION_LENGTH), "noun");
  }
  for (const list of lists) {
    if (list.items.length < 2 || areVersionCases(list.items.map((item) => splitTerm(item)?.term ?? item))) continue;
    for (const item of list.items) {
      const split = splitTerm(item);
      if (!split) continue;
      // `sk_buff缓冲区：sk_buff是…的数据结构` defines the term in a noun phrase.
      const restated = definitionsIn(split.definition, [])[0];
      if (restated && split.term.toLowerCase().includes(restated.term.toLowerCase()))
        add(split.term, restated.definition, "noun");
      else add(split.term, optionFrom(split.definition, DEFINITION_LENGTH), "item");
    }
  }
  return found;
}

/** `term：definition` or `term: definition`, where the term is short and not a clause. */
export function splitTerm(item: string): { term: string; definition: string } | null {
  // The colon of a URL ("https://…") or one inside code does not end a term.
  // Nor does one run between two words ("about:preferences", "localhost:8080").
  const match = /^([^，,。；;：:]{1,30}?)\s*(?:：|(?<![A-Za-z0-9]):(?!\/\/)|:(?=\s))\s*(.{4,})$/s.exec(item);
  if (!match || (match[1]!.match(/`/g) ?? []).length % 2 === 1) return null;
  const term = match[1]!.trim().replace(/\*\*|`/g, "");
  if (visualLength(term) > 24 || /\s{2,}/.test(term) || /^(https?|ftp)$/i.test(term)) return null;
  return { term, definition: match[2]!.trim() };
}

/**
 * Lists worth learning: not a table of contents or list of links (most items are links), not
 * footnotes or references. `markdown` is the answer the lists come from.
 */
export function studyLists(markdown: string, lists: AnswerList[] = answerLists(markdown)): AnswerList[] {
  return lists.filter((list) => {
    const links = list.items.filter((item) => isLinkItem(item, markdown)).length;
    return links * 2 < list.items.length;
  });
}

function isLinkItem(item: string, markdown: string): boolean {
  if (/^\^|^\[\^|^\d+\]\s|https?:\/\/|www\./i.test(item)) return true;
  const head = item.slice(0, 40);
  return (markdown.includes(`[${head}`) || markdown.includes(`[**${head}`)) && markdown.includes("](");
}

/** A list's items as options when every item is a term (`term：…` gives its head), else null. */
export function listHeads(list: AnswerList): string[] | null {
  const heads = list.items.map((item) => {
    const head = cleanOption(splitTerm(item)?.term ?? item);
    return isTermLike(head) ? head : null;
  });
  return heads.every((h) => h !== null) ? (heads as string[]) : null;
}

/** A short name or noun phrase: no clause punctuation, at most five words. */
export function isTermLike(text: string): boolean {
  return (
    visualLength(text) <= TERM_LENGTH &&
    !/[，,。；;！？!?]/.test(text) &&
    text.split(/\s+/).length <= 5 &&
    optionTextProblem(text) === null &&
    !/[^\p{L}\p{N}\s()（）+\-/._'’&]/u.test(text) &&
    !INSTRUCTION.test(text)
  );
}

// "将 site_url 设置为…", "更多情况参考", "contact Ben": an instruction or a pointer, not a term.
const INSTRUCTION =
  /^(?:将|把|请(?:参考|查看|使用|阅读|注意|联系)|更多|参考|参见|详见|联系|(?:contact|see|check|refer|visit|ask|use|try|run|click)\b)/i;

/** Half or more of the term's words (CJK: character pairs) recur in the text. */
export function leaks(term: string, text: string): boolean {
  const lower = text.toLowerCase();
  const t = term.toLowerCase();
  const parts = /[\u3400-\u9fff]/.test(t)
    ? [...t.replace(/\s+/g, "")].map((ch, i, all) => ch + (all[i + 1] ?? "")).slice(0, -1)
    : t
        .split(/[^a-z0-9_+#]+/)
        .filter((w) => w.length >= 3)
        // "Fonts" is given away by "sprite font" as much as by "fonts".
        .map((w) => (w.length >= 5 ? w.replace(/(?:es|s)$/, "") : w));
  if (parts.length === 0) return lower.includes(t);
  return parts.filter((p) => lower.includes(p)).length * 2 >= parts.length;
}

// A sentence that leans on what comes before or after reads oddly alone: "即使…", "具体来说".
const PREAMBLE_ZH =
  /^(即使|尽管|虽然|在此|让我们|我们先|先来|或者|或是|也可以|当然|具体来说|具体地说|具体而言|例如|比如|然而|但是|但|而|所以|因此|以下|如下|下面|上述|这|那|它|其|该|此|也就是说|换句话说)/;
// Sequence words and verdicts lead a sentence that still stands alone once they are dropped.
// A one-character answer word ("对", "不") only with its punctuation, so "对于…" and "不同…" stay whole.
const LEAD_IN =
  /^(?:(?:首先|其次|再次|最后|另外|此外|同时|总之|总的来说|综上所述|综上)[，,、:：]?|(?:是的|对|没错|不是|不)[，,、:：！!。]|(?:first(?:ly)?|second(?:ly)?|finally|also|yes|no)\b[,:]?)\s*/i;
const PREAMBLE_EN =
  /^(even|although|though|for example|e\.g\.|however|but|so|also|first|second|finally|this|that|these|those|it|they|here|there|see|note|which|likely|then|otherwise|another|or|and)\b/i;

// "…are outdated with" (a code block followed): the sentence goes on elsewhere.
export const DANGLING_END =
  /(?:\b(?:with|to|the|an?|of|for|and|or|by|run|use|using|then|like|as|from|in|on|at|via|into|following|below|either|both|but|which|that|can|will|should|must|is|are|be|e\.g\.)|如下|以下|例如|比如)\s*[.。]?\s*$/i;
// "加分点: …": a short label before the sentence proper.
// "Short answer: We want to know…": the label of a summary, not part of what it says.
export const SUMMARY_WORDS = String.raw`short answer|in short|tl;dr|简而言之|简单来说`;
const SUMMARY_LABEL = new RegExp(String.raw`^(?:${SUMMARY_WORDS})\s*[:：]\s*`, "i");
const PASSAGE_LABEL = /^[^，,。：:\s]{1,10}\s*[:：]\s*(?=\S)/;
// A short sentence that leans on "this" or "it" means little out of its place.
const POINTS_BACK_EN = /\b(?:this|that|it|these|those|them)\b/i;

/** The sentences of an answer that make sense read alone, in order. */
export function standaloneSentences(answer: string): string[] {
  // A quoted error message ("FileNotFoundError: … Try using the full path …") is no answer.
  // Nor is text struck through, or a table's cells run together ("Model NameTotal Tokens…").
  const withoutErrors = withoutStruckText(answer)
    .split(/\n[ \t]*\n/)
    .filter((paragraph) => !ERROR_LINE.test(paragraph.replace(/^[>\s]+/, "")))
    .filter((paragraph) => !/^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\||<\/?(?:table|tr|td|th|style)\b/im.test(paragraph))
    .join("\n\n");
  return (
    sentences(proseText(withoutErrors))
      // "Some example configurations are: (comments after #)": a lead-in to what follows, an aside or not.
      .filter((s) => !/[:：]\s*(?:\([^()]*\)|（[^（）]*）)?\s*$/.test(s) && !DANGLING_END.test(s))
      .map((s) => cleanOption(s).replace(LEAD_IN, "").replace(SUMMARY_LABEL, ""))
      // A label ("注意：") goes; a name ("DataGrip：2020.1") is what the rest speaks of, so it stays.
      .map((s) => s.replace(PASSAGE_LABEL, (label) => (isHeadLabel(label.replace(/[:：\s]+$/, "")) ? "" : label)))
      .filter(
        (s) =>
          !INTRODUCES.test(s) &&
          !/[\u4e00-\u9fff] +[\u4e00-\u9fff]/.test(s) && // a link or code was cut out here
          !PREAMBLE_ZH.test(s) &&
          !PREAMBLE_EN.test(s) &&
          !/^[a-z]+[\s,;]/.test(s) && // a fragment: the sentence began before a link, a line break or a semicolon
          !/[?？]$/.test(s) &&
          !/^[(（]\s*[a-z]/.test(s) && // "(or if only …)": the sentence began before it
          !/https?:\/\//.test(s) &&
          !REFERS_ELSEWHERE.test(s) &&
          !POINTS_TO_ISSUE.test(s) &&
          (s.match(/[:：]/g) ?? []).length < 2 && // "参数有以下几个：max_side_len：…": a list run into one line
          !(s.length < 80 && POINTS_BACK_EN.test(s)) &&
          !/\b(?:then|also|again|instead|as well|this|these|those)\b/i.test(s),
      )
  );
}

// "See [#281](…).", "想了解更多信息，可以查看[这个问题](…)。", "If this is a concern, please write to …",
// "You check [this page to learn about what each error code means](…).":
// where to read more is no part of what to recall (the full answer stays folded below the back).
export const POINTER_SENTENCE =
  /^(?:相关\s*(?:issues?|讨论|链接|问题|PR)|(?:related|see also)(?: (?:issues?|discussions?))?)\s*[:：]|^(?:(?:想|如需|如果想)?了解更多(?:信息|详情)?[，,]?\s*)?(?:可以|请)?(?:参考|参见|详见|查看|查阅|参阅|阅读)|^(?:for more (?:info|information|details),?\s*)?(?:please\s+)?(?:see|check out|refer to|consult)\b|^(?:please\s+)?check\b.{0,80}\bfor (?:more )?(?:details|information|info)\b|^(?:you (?:can |may |could |should )?)?(?:check|read|visit|look at) (?:this|that|the following) (?:page|link|article|guide|documentation|document|post|thread)\b|please (?:write to|contact|let us know|reach out|e-?mail)|了解更多信息|了解详细信息/i;

/** The answer's running text: no tables, headings or code, which are not sentences. */
export function proseText(markdown: string): string {
  const prose = markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, "")
    // An image's alt text ("Confirming the GPG key") captions a picture; it is no sentence of the answer.
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/^\s*(?:\|.*|#{1,6}\s.*| {4,}\S.*)$/gm, "")
    // A paragraph soft-wrapped over several lines is one run of text, but not lines of labels.
    .replace(/^.*$/gm, (line, at: number, all: string) => (startsLabelRow(line, all.slice(0, at)) ? `\n${line}` : line))
    .replace(/([^\n])\n(?![ \t]*(?:[-*+]\s|\d+[.)、]\s*|\n|>|$))[ \t]*/g, (_, ch: string) =>
      /[\u3400-\u9fff，。；：]/.test(ch) ? ch : `${ch} `,
    );
  return plainText(prose);
}

const LABELLED_LINE = /^[A-Z][^\n:.!?]{0,40}:\s/;

/**
 * "Void Dimension: Always day…" under "Overworld: Pretty landscapes…" (or under "…the available dimensions:"): a row
 * of labelled lines, each its own sentence. ("…starting two⏎JVMs: one for your project…" is a sentence wrapped.)
 */
function startsLabelRow(line: string, before: string): boolean {
  const previous = before.slice(before.lastIndexOf("\n", before.length - 2) + 1).trimEnd();
  return LABELLED_LINE.test(line) && previous !== "" && (LABELLED_LINE.test(previous) || /:$/.test(previous));
}

/** Characters a reader sees of some Markdown: code and tables count, link targets and markup do not. */
export function shownLength(markdown: string): number {
  return markdown
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<https?:[^>]*>/g, "link")
    .replace(/[*_`#>[\]|]|^[ \t]*[-:| ]{3,}$/gm, "")
    .replace(/\s+/g, " ")
    .trim().length;
}

/**
 * The answer itself when it is at most `max` characters; else its key point: the opening
 * sentences, or an opening that introduces a list ("…如下：") with the list's heads. Cut only
 * at sentence or clause boundaries.
 */
// "It lists about a hundred plugins…", "这里有…": a sentence speaking of what a question back to the reader named.
const ANSWERS_THE_ASKING = /^(?:it|this|that|they|these|those|there)\b|^(?:它|这|那|其|此)/i;

// "There may be many reasons.", "原因有很多。": says nothing until what follows.
const HEDGE =
  /^(?:there (?:may|might|can|could) be (?:many|several|various|a few) (?:reasons|causes)|it depends|原因(?:可能)?有很多|可能的原因有很多|这个问题的原因有很多)[.。!！]?$/i;

// "以上说明…", "下面的内容…", "the steps above": the sentence speaks of text that is not shown with it.
const REFERS_ELSEWHERE =
  /(?<![\d.]\s?)(?:以上|上述|上面|下面|以下|下列|如下)(?:的|说明|内容|步骤|方法|方式|几|这些|所述|操作)|\b(?:above|the following|below)\b(?!\s*\d)/i;

// "您可以参考这个 issue #2201", "See #123 for details": which issue to read, nothing to recall (a sentence saying
// what to do and then where to read more, "在release模式下编译，参考issue", is kept).
const POINTS_TO_ISSUE =
  /^(?:您|你)?(?:可以|请)?(?:参考|参见|详见|查看|见)[^。，,]{0,10}(?:issue|#\d+|PR\b|pull request)|^(?:please )?(?:see|refer to|check(?: out)?)\b[^.]{0,20}(?:#\d+|\bissues?\b|\bPR\b)|^(?:please )?(?:reference|refer to|consult)\b/i;

const ERROR_LINE = /^(?:[\w.$]*(?:Error|Exception)|ERROR|WARN(?:ING)?|FATAL)\b[^。]*[:：]/;

/**
 * A lead-in and the heads of the list it introduces, within `max`: shortened to their first
 * clause if need be, and the first ones only (with "…") if there are too many to show.
 */
/** A text whose code spans are whole, or null for one cut inside its code ("…in `EDIT"). */
function withWholeCode(text: string | null): string | null {
  return text !== null && (text.match(/`/g) ?? []).length % 2 === 0 ? text : null;
}

/** "加载 plist 文件 (或重启系统后生效" cut inside its brackets: the head ends before the bracket it opened. */
function withoutOpenBracket(head: string): string | null {
  const opened = head.lastIndexOf("(") > head.lastIndexOf(")") ? head.lastIndexOf("(") : -1;
  const openedZh = head.lastIndexOf("（") > head.lastIndexOf("）") ? head.lastIndexOf("（") : -1;
  const at = Math.max(opened, openedZh);
  if (at < 0) return head;
  const cut = head.slice(0, at).trimEnd();
  return cut.length >= 2 ? cut : null;
}

// "If your provider isn't appearing:" (a condition and nothing else), "Deployment issues can be resolved by:",
// "解决方法如下：": a lead-in saying only that fixes follow.
const RESTATES_PROBLEM =
  /^(?:(?:if|when|如果|若)[^,，:：]*|[^:：]*(?:can be (?:resolved|fixed|solved|addressed)(?: by)?|(?:issues|problems) and (?:solutions|fixes)|try (?:the following|these)(?: steps)?|解决(?:方法|办法|方案)(?:如下)?|可以?(?:尝试|通过)以下[^:：]*))[:：]$/i;

export function headsThatFit(lead: string, heads: string[], max: number, moreAfter = false): string | null {
  // "To do this:" alone says nothing the front does not: the heads are the point.
  if (/^(?:to do (?:this|so|that)|具体(?:如下|步骤如下|做法如下)|步骤如下|方法如下)\s*[:：]$/i.test(lead.trim()))
    lead = "";
  const text = (items: string[], more: boolean, withLead = true) =>
    `${lead && withLead ? `${lead}\n\n` : ""}${items.map((h) => `- ${h}`).join("\n")}${more ? "\n- …" : ""}`;
  const headsAt = (limit: number) => {
    // A head a little over the limit with no clause to end at stays whole.
    // (A head cut inside its code, "…in `EDIT", is no head: it stays whole or the heads do not fit.)
    const short = heads
      .map((h) => withWholeCode(clausePrefix(h, limit)) ?? (visualLength(h) <= limit * 1.3 ? withWholeCode(h) : null))
      .map((h) => h && withoutOpenBracket(h));
    if (short.some((h) => h === null)) return null;
    // "I, as ripgrep's author" over "I, as ripgrep's author, would like…": heads that do not tell the items apart.
    const alike = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
    if (short.some((h, i) => short.some((other, j) => j > i && alike(h!, other!)))) return null;
    return short as string[];
  };
  const full = headsAt(90);
  if (!full) return null;
  // A checklist cut short ("- …") leaves out steps to take: every head, without a lead-in that only restates the
  // problem ("If you're having trouble with X:") or announces the fixes, before the first ones only.
  // A list of short lines a little over the limit still reads at a glance; four steps of five do not do the job.
  const whole = [
    { text: text(full, moreAfter), max },
    ...(RESTATES_PROBLEM.test(lead.trim()) ? [{ text: text(full, moreAfter, false), max: max * 1.2 }] : []),
  ];
  const fits = whole.find((candidate) => candidate.text.length <= candidate.max);
  if (fits) return fits.text;
  for (let n = full.length - 1; n >= Math.min(2, full.length); n--) {
    const candidate = text(full.slice(0, n), true);
    if (candidate.length <= max) return candidate;
  }
  return null;
}

const QUOTED_MESSAGE =
  /^[^\n]{0,80}(?:提示|报错|错误|输出|日志|警告|信息|\b(?:error|message|output|log|warning)s?\b)[^\n]{0,20}[:：][ \t]*\n(?:[ \t]*\n)*[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n[ \t]*\1[ \t]*(?=\n|$)/i;

export const CONDITION_ONLY =
  /^(?:(?:if|when|whenever|unless|in case|once|since|to avoid|to make|in order to)\b|如果|若|假如|要是|当|为了|为避免|如需|如要)/i;

const NUMBERED_PART = /^[ \t]*(?:\d{1,2}[）)]|[（(]\d{1,2}[）)]|[①-⑳])\s*\S/;

const CONCLUDES = /结论|总结|总之|综上|\b(?:in short|in summary|to sum up|in conclusion|the conclusion)\b/i;

export function keyPoint(markdown: string, max: number, lists?: AnswerList[]): string {
  const shown = shownLength(markdown);
  // A short answer is its own key point; so is one paragraph up to `max`, but not a paragraph plus a list or table.
  // A short answer is its own key point; so is one paragraph of one or two sentences up to `max`.
  if (
    shown <= max * 0.4 ||
    (shown <= max && !/\n\s*\n/.test(markdown.trim()) && sentences(proseText(markdown)).length <= 2)
  )
    return markdown;
  // "1）在集群模式下，…" "2）在广播模式下，…": parts told one to a paragraph, each half of the answer, go together.
  const parts = markdown.trim().split(/\n[ \t]*\n/);
  if (shown <= max && parts.length >= 2 && parts.every((part) => NUMBERED_PART.test(part) && !/\n/.test(part.trim())))
    return parts.join("\n");
  // "…具体提示信息如下：" and the message in a code block: the problem shown again; the point comes after it.
  const quoted = QUOTED_MESSAGE.exec(markdown.trim());
  const after = quoted ? markdown.trim().slice(quoted[0].length).trim() : "";
  if (after && !/^(?:`{3}|~{3}|#)/.test(after) && sentences(proseText(after)).length > 0) return keyPoint(after, max);
  const cases = perCase(markdown, lists ?? answerLists(markdown), max) ?? perVersionSection(markdown, max);
  if (cases) return cases;
  const heads = listHeadsBack(markdown, lists, max);
  if (heads) return heads;
  // The key point is in the prose before the first list, table, code or heading, a bold label ("**错误示例**")
  // over an example being one.
  // (An answer that opens with code has no prose before it: a `#` comment inside is no heading.)
  const lead = /^\s*(?:`{3}|~{3})/.test(markdown)
    ? ""
    : markdown.split(
        /\n(?=[ \t]*(?:[-*+]\s|\d+[.)、]\s|\||```|~~~|#|\*\*[^*\n。.!！?？]{1,20}\*\*[ \t]*[:：]?[ \t]*$))/m,
      )[0]!;
  // An inline "（1）…（2）…" list starts new sentences: the point is what comes before it.
  const opening = sentences(proseText(lead))
    .flatMap((s) => s.split(/(?=[（(]\d{1,2}[）)])/))
    .map((s, i) => (i === 0 ? stripLeadIn(s) : s));
  // A line that ended without a full stop ("推荐10min至50min", "多多益善") stays a line of its own.
  const join = (a: string, b: string) =>
    a ? `${a}${/[。！？；：]$/.test(a) ? "" : /[\u3400-\u9fff]$/.test(a) ? "\n" : " "}${b}` : b;
  // "**注意：Master 监控 Master 及 Worker 服务。**" over "1，如果 Master 挂了…" "2，如果 Worker…": a bold note
  // heads the list that answers; the list's items are the point.
  if (/^\s*\*\*[^*\n]+\*\*\s*$/.test(lead) && lead !== markdown) {
    const heads = studyLists(markdown, lists ?? answerLists(markdown))[0]?.items.map((item) => clausePrefix(item, 100));
    const text = heads?.every((h) => h !== null)
      ? headsThatFit(stripLeadIn(proseText(lead)), heads as string[], max)
      : null;
    if (text) return text;
  }
  let out = "";
  let quotesError = false;
  for (const [i, sentence] of opening.entries()) {
    // An answer that opens by quoting the error ("OSError: Could not load…") answers after it.
    if (!out && (ERROR_LINE.test(sentence) || HEDGE.test(sentence)) && (opening.length > 1 || lead !== markdown)) {
      quotesError = true;
      continue;
    }
    if (/[:：]\s*$/.test(sentence) || INTRODUCES.test(sentence)) {
      // An answer that opens by introducing a list ("…如下：") is summed up by the list's heads.
      const list = studyLists(markdown, lists ?? answerLists(markdown))[0];
      // "Common issues and solutions:" over "- Repository not found: Check the URL": each problem with its fix.
      const pairs = /\b(?:solutions?|fix(?:es)?|workarounds?)\b|解决|办法/i.test(sentence);
      const head = (item: string) => {
        const term = splitTerm(item);
        if (term && pairs) return `${term.term}: ${sentences(term.definition)[0] ?? term.definition}`;
        // "请创建一个 issue，并提供以下信息：" over its own sub-list: the head ends at its colon.
        return term?.term ?? leadSentence(item).replace(/[:：]\s+\S[\s\S]*$/, "");
      };
      const all = list?.items.map((item) => withWholeCode(clausePrefix(head(item), 100)));
      // "- Remove the `palette` option from `init` (you can modify…)": an item with no head to cut ends the heads shown.
      const headless = all?.findIndex((h) => h === null) ?? -1;
      const heads = headless >= 2 ? all!.slice(0, headless) : all;
      // (Only the list right after the lead-in, and after a point that ends as a sentence.)
      const listFollows = /^\n(?:[ \t]*\n)?[ \t]*(?:[-*+]|\d+[.)、])\s/.test(
        markdown.slice(markdown.indexOf(lead) + lead.length),
      );
      const fit =
        listFollows &&
        (!out ||
          (/[。.!！]$/.test(out) && !/\b(?:keep in mind|bear in mind|note that|be aware)\b|注意/i.test(sentence))) &&
        !isLabel(cleanOption(sentence)) &&
        heads?.every((h) => h !== null && !isHeadLabel(h));
      // "This error means something went wrong. Check these locations:" and the list: the point is the list.
      const text = fit ? headsThatFit(join(out, sentence), heads as string[], max, heads !== all) : null;
      if (text) return text;
      // "…唯一有关联的是：…；因此结论如下：" over the list: the conclusion is the list, whatever led to it.
      const concludes =
        listFollows && CONCLUDES.test(sentence) && heads?.every((h) => h !== null && !isHeadLabel(h))
          ? headsThatFit("", heads as string[], max, heads !== all)
          : null;
      if (concludes) return concludes;
      // "…此时需要修改 network.py 脚本，将57行的：": what comes before the lead-in is the point.
      const point = sentence.replace(/[，,][^，,]*[:：]\s*$/, "");
      // "If you want to avoid installing SDL2 (…), you can specify for it to be statically linked:": the clause
      // before the comma is only the case; the sentence is the point.
      if (!out && point !== sentence && CONDITION_ONLY.test(point)) out = sentence;
      else if (!out && point !== sentence && point.length >= 30) out = point;
      // "…on the dev machine. To avoid port problems, change the ports …, like:": the instruction is the point.
      else if (
        out &&
        SKIPPABLE_LEAD_IN.test(sentence.slice(point.length)) &&
        point.length >= 20 &&
        join(out, point).length <= max
      )
        out = join(out, point);
      break;
    }
    // A question back to the reader ("First, did you check the plugins page?", "But what does that mean?") or
    // a teaser ("Let's break down the parts") is no point; after the point, it opens what only expands on it.
    // ("禁用 (或者卸载?) 驱动": a question mark inside brackets ends no sentence.)
    const asks = /[?？]$/.test(sentence.trim()) && !/[(（][^)）]*$/.test(sentence);
    // "…Couldn't a user exploit this? ⏎ Well, yes. But…": the asker's doubt restated; the answer starts at the verdict.
    if (asks && VERDICT_OPENER.test(opening[i + 1] ?? "")) {
      out = "";
      continue;
    }
    if ((asks && opening.length > 1) || TEASER.test(sentence.trim())) {
      if (out) break;
      continue;
    }
    // "Did you check out the plugins page? It lists about a hundred plugins…": what answers the reader's question
    // back is no point either; the answer starts after it.
    if (!out && i > 0 && /[?？]$/.test(opening[i - 1]!.trim()) && ANSWERS_THE_ASKING.test(sentence.trim())) continue;
    // "There are some problems here. However, … so it's certainly possible.": the turn after one sentence is the verdict.
    if (out && !/[。.!！?？]\s*\S/.test(out) && TURN.test(sentence) && join(out, sentence).length <= max) {
      out = join(out, sentence);
      break;
    }
    if ((visualLength(join(out, sentence)) > max * 0.66 || /^[（(]\d{1,2}[）)]/.test(sentence)) && out) break;
    if (/(?:分别是|分别为|包括|如下)[：:，,]?$/.test(sentence.trim())) break; // the list it announces is not in the point
    if (out && POINTER_SENTENCE.test(sentence.trim())) break; // where to read more is no part of the point
    out = join(out, sentence);
  }
  // The error quoted, then the steps that fix it: the steps' heads are the point.
  if (!out && quotesError) {
    const heads = studyLists(markdown, lists ?? answerLists(markdown))[0]?.items.map((item) =>
      clausePrefix(sentences(item)[0] ?? item, 100),
    );
    const steps = heads?.every((h) => h !== null) ? headsThatFit("", heads as string[], max)?.trim() : null;
    if (steps) return steps;
  }
  // A sub-heading ("（1）PaddleNLP预训练模型") names a part of the answer; it is no point.
  if (out && isTermLike(out) && !/[。.!！]$/.test(out)) out = "";
  // A key point hardly shorter than the answer would only lose its layout.
  if (out.length > 0 && out.length >= 0.7 * shown && shown <= max) return markdown;
  if (out.length <= max && out.length > 0) return out;
  const shortened = out && clausePrefix(out, max);
  return (
    shortened ||
    openingBlocks(markdown, max / 2) ||
    codeOutline(markdown, max) ||
    announcedCode(markdown, max * 1.3) ||
    sentencesThatFit(markdown, max) ||
    markdown
  );
}

/**
 * An answer given per case ("- Gtk3: Unfortunately not… - Gtk4: Yes, …", "- Windows: … - Linux: …"): every
 * case with its answer, each cut to its first sentence if need be; the first case alone would mislead.
 */
function perCase(markdown: string, lists: AnswerList[], max: number): string | null {
  const list = studyLists(markdown, lists)[0];
  if (!list || list.items.length < 2 || !/^(?:[-*+]|\d+[.)])\s/.test(markdown.trim())) return null;
  // ("On Linux with KDE running: Dock -> …": a case named in a phrase a little longer than a term.)
  const caseOf = (item: string) => {
    const named = /^((?:on|for|in|under)\s[^:：\n]{2,40}?)\s*[:：]\s*(\S[\s\S]{3,})$/i.exec(item);
    return named ? { term: named[1]!, definition: named[2]! } : null;
  };
  const terms = list.items.map((item) => splitTerm(item) ?? caseOf(item));
  if (terms.some((t) => t === null)) return null;
  const heads = terms.map((t) => t!.term);
  // "On Linux with KDE running", "On Mac OS X", "On Windoze": a platform named in a phrase; one nickname is no reason to stop.
  const platform = (h: string) =>
    PLATFORMS.test(h.replace(/^(?:on|for|in|under)\s+/i, "").replace(/\s+(?:with|running|using)\b.*$/i, ""));
  if (!areVersionCases(heads) && heads.filter((h) => !platform(h)).length > (heads.length >= 3 ? 1 : 0)) return null;
  // "Checkout examples/…": where to read more is no part of a case's answer.
  const told = (d: string) =>
    sentences(d)
      .filter((x, i) => i === 0 || !/^(?:(?:check ?out|see|refer to)\b|参考|参见|详见)/i.test(x))
      .join(" ");
  const first = (d: string) => sentences(d)[0] ?? d;
  // "Try installing linux first, although another option might be…": the first clause of a long case.
  const clause = (d: string) => (visualLength(first(d)) > 60 ? (clausePrefix(first(d), 60) ?? first(d)) : first(d));
  for (const shorten of [told, first, clause]) {
    const text = terms.map((t) => `- ${t!.term}: ${shorten(t!.definition)}`).join("\n");
    if (visualLength(text) <= max) return text;
  }
  return null;
}

const SECTION_HEADING = /^#{2,6}[ \t]+(.+?)[ \t#]*$/;
// "apollo-client为1.3.0及之前的版本", "Version 2.1 or later", "1.4.0+": a heading naming a range of versions.
const VERSION_RANGE =
  /\d+(?:\.\d+)+[^\n]{0,12}?(?:及?(?:之前|以前|之后|以后|以上|以下)|\bor (?:later|earlier|newer|older|above|below|higher|lower)\b|\band (?:above|below|later|earlier|newer|older)\b|\+)|\b(?:before|after|since|until|prior to|up to)\s+v?\d+(?:\.\d+)+/i;

/**
 * "获取网卡逻辑在1.4.0版本有所调整，所以需要根据客户端版本区分" over "#### 1.3.0及之前的版本" and "#### 1.4.0及之后的版本":
 * an answer told per range of versions under headings is summed up by each range's first sentence.
 */
function perVersionSection(markdown: string, max: number): string | null {
  const sections = markdown.split(/^(?=#{2,6}[ \t])/m).filter((part) => SECTION_HEADING.test(part.split("\n")[0]!));
  if (sections.length < 2) return null;
  const cases = sections.map((section) => {
    const [heading, ...body] = section.split("\n");
    const head = SECTION_HEADING.exec(heading!)![1]!.replace(/^\d+(?:\.\d+)*[.、]?\s+/, "");
    return { head, first: sentences(proseText(body.join("\n")))[0] };
  });
  if (!cases.every((c) => VERSION_RANGE.test(c.head) && c.first)) return null;
  const text = cases.map((c) => `- ${c.head}: ${c.first}`).join("\n");
  return visualLength(text) <= max ? text : null;
}

// ", like:", "，例如：": a lead-in that can go without taking the instruction with it (", add this section:" cannot).
const SKIPPABLE_LEAD_IN =
  /^[，,]\s*(?:(?:like|such as|as follows|as shown|for example|e\.g\.)[^，,]*|[^，,]{0,10}(?:如下|以下|例如|比如|像这样|方法|步骤|做法)[^，,]{0,6})[:：]\s*$/i;

/** The answer's first sentences that fit, leaving out lead-ins ("…like this:") and labels ("For hardware:"). */
function sentencesThatFit(markdown: string, max: number): string | null {
  let out = "";
  for (const sentence of sentences(proseText(markdown))) {
    if (/[:：]\s*$/.test(sentence) || isLabel(cleanOption(sentence))) continue;
    const next = out ? `${out} ${sentence}` : sentence;
    if (next.length > max) break;
    out = next;
  }
  return out.length >= 20 ? out : null;
}

/** "To stop it being upgraded:" and the command under it: the opening blocks, if short. */
function openingBlocks(markdown: string, max: number): string | null {
  const blocks = markdown.trim().split(/\n[ \t]*\n/);
  // "Let's take the following two documents:" and its code set up an example; they are not the answer.
  if (blocks.length < 2 || !/[:：]\**\s*$/.test(blocks[0]!.trim()) || TEASER.test(blocks[0]!.trim())) return null;
  const text = `${blocks[0]}\n\n${blocks[1]}`;
  if ((text.match(/^\s*(?:```|~~~)/gm) ?? []).length % 2 === 1) return null; // never cut a code block open
  return shownLength(text) <= max && !isLabel(cleanOption(plainText(blocks[0]!))) ? text : null;
}

/** "需要在配置文件中增加下列代码：" and its code block: what to type is the answer, a little long or not. */
function announcedCode(markdown: string, max: number): string | null {
  const second = markdown.trim().split(/\n[ \t]*\n/)[1];
  return second && /^[ \t]*(?:`{3,}|~{3,})/.test(second) ? openingBlocks(markdown, max) : null;
}

/** An answer that is a diagram or outline in a code block, summed up by the block's unindented lines. */
function codeOutline(markdown: string, max: number): string | null {
  const found = /^(`{3,}|~{3,})[ \t]*([^\n]*)\n([\s\S]*?)^\1/m.exec(markdown);
  // Program code (`~~~cpp`, lines ending in `;` or braces) is no outline: its lines are statements, not points.
  if (!found || !/^(?:|text|txt|plain|plaintext|md|markdown)$/i.test(found[2]!.trim())) return null;
  const code = found[3]!;
  const lines = code.split("\n").filter((line) => line.trim());
  if (lines.filter((line) => /[;{}]\s*(?:(?:\/\/|#).*)?$/.test(line)).length * 2 >= lines.length) return null;
  const heads = code
    ?.split("\n")
    .filter((line) => /^\S/.test(line) && line.trim().length > 1 && !/^(?:#|\/\/)/.test(line))
    .map((line) => line.trim());
  if (!heads || heads.length < 2 || heads.length > 10) return null;
  // "worker_num: 2", "TrainReader:": a configuration's keys are settings, not the points of an outline.
  if (heads.filter((h) => /^[\w.-]+:(?:\s|$)/.test(h)).length * 2 >= heads.length) return null;
  const text = heads.map((h) => `- ${h}`).join("\n");
  return text.length <= max ? text : null;
}

// "Well, yes.", "Not really.", "是的，": a verdict that answers the question just asked.
const VERDICT_OPENER =
  /^(?:well,?\s+)?(?:yes|no|not really|sure|of course|indeed|nope)\b|^(?:是的|对|不会|会的|可以|不可以|不能|能|没有|有的|当然)[，,。！!]/i;

// "However, …", "但是…": a sentence that turns against the one before it.
const TURN = /^(?:however|but|instead|rather|nevertheless|that said|still)\b|^(?:但是|但|不过|然而|可是|相反|反而)/i;

// "Let's break down…", not "Let's Encrypt issues…".
const TEASER =
  /^(?:(?:now )?(?:let'?s|let us) (?:break|look|see|take|start|dive|go|walk|explore|review|begin|discuss|consider|talk|examine|recap|first)\b|让我们|下面我们|接下来我们)/i;

// "Let's look at the following points", "原因如下": the sentence announces what comes next.
const INTRODUCES =
  /\b(?:the following|as follows|below)\b[^.]*\.?$|(?:如下|以下几[点个方面种]|以下(?:步骤|方法|方式)[^，,。.]{0,8})[。.]?$/i;

/** A list head that labels a part of the answer rather than naming a thing: "注意", "优化", "Example". */
export function isHeadLabel(head: string): boolean {
  const h = head.trim();
  return (
    isLabel(h) ||
    /^[\u4e00-\u9fff]{1,2}$/.test(h) ||
    /^\d+\.\d+/.test(h) ||
    LABEL_SUFFIX.test(h) ||
    NUMBERED.test(h) ||
    PLATFORMS.test(h)
  );
}

/** "Gtk3" and "Gtk4", "Python 2" and "Python 3", "v1"/"v2": the answer's cases by version of one thing, not things to name. */
export function areVersionCases(heads: string[]): boolean {
  const stems = heads.map((head) => VERSIONED.exec(head.trim())?.[1]!.trim().toLowerCase());
  return heads.length >= 2 && stems.every((stem) => stem !== undefined && stem === stems[0]);
}

const VERSIONED = /^([^\d]*?)[\s-]?v?\d+(?:\.\d+)*(?:\.x)?\+?$/i;

// "Windows", "Linux/macOS": the answer's cases by platform, not things to name.
const PLATFORM = String.raw`(?:windows|linux|mac\s?os(?:\s?x)?|mac|os\s?x|ubuntu|debian|centos|fedora|arch(?: linux)?|android|ios|docker|wsl2?|freebsd|unix|其他系统|其它系统)`;
const PLATFORMS = new RegExp(
  String.raw`^${PLATFORM}(?:\s*(?:[/、,，&+]|and|和|及|或|or)\s*${PLATFORM})*(?:\s*(?:系统|平台|用户|users?|systems?))?$`,
  "i",
);

// "方式一", "方法 2", "Option B": a part of the answer named by its place.
const NUMBERED =
  /^(?:方式|方法|方案|步骤|做法|情况|异常|问题|例子|示例|举例|option|method|way|step|case|approach|example)\s*[一二三四五六七八九十\dA-Da-d]+$/i;

// "适用条件", "filesort 两种方式", "InnoDB 优化点": a heading of the answer's parts, not a term.
const LABEL_SUFFIX =
  /(?:相同点|不同点|共同点|指标|条件|原则|方式|方法|方案[一二三四五六七八九十\d]*|优化点|作用|场景|问题|原因|步骤|流程|注意事项|建议|区别|对比|优点|缺点|特点|限制|影响|代价|收益|风险|示例|案例|用法|做法|思路|要点|总结|结论)(?:[（(][^）)]*[）)])?$/;

/**
 * "- **Be specific about your stack**: Mention…" "- **Use the enhance prompt icon**: …": an answer that is a list
 * is summed up by its heads, not by its first item: each item's lead phrase or first sentence. A one-word head
 * ("Resources: …") says too little, and items that open with a question are no heads: the answer is left as it was.
 */
function listHeadsBack(markdown: string, lists: AnswerList[] | undefined, max: number): string | null {
  if (!/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/.test(markdown.trim())) return null;
  const list = studyLists(markdown, lists ?? answerLists(markdown))[0];
  if (!list || list.items.length < 2) return null;
  const heads = list.items.map(itemHead);
  return heads.every((h) => h !== null) ? (headsThatFit("", heads as string[], max)?.trim() ?? null) : null;
}

const CONTRAST_OPENING = /^(?:而|但|但是|然而|不过|相反|反之|whereas\b|but\b|however\b|while\b|instead\b)/i;

/** An item's first sentence, and the next when that is its other half ("…动态shape模型；而 model zoo 使用了固定shape模型"). */
function leadSentence(item: string): string {
  const [first = item, second] = sentences(item);
  if (second === undefined || !CONTRAST_OPENING.test(second.trim())) return first.replace(MIDDLE_POINTER, "");
  return `${first}${/[\u3000-\u303f\uff00-\uffef]$/.test(first) ? "" : " "}${second.trim()}`;
}

// "…的芯片，测试时请参考[文档](…)的5.3.3小节，绑定CPU大核进行测试。": where to read is no part of the item, and a
// head cut at that clause would keep the pointer and lose what to do.
const MIDDLE_POINTER = /[，,][^，,。；;]{0,10}?(?:请参考|参考|参见|参阅|详见)[^，,。；;]*(?=[，,][^，,。；;]+[。.]?$)/;

// "For all of the boards made by Keebio, the band on the diode is the cathode. On most boards…": a paragraph item whose
// first sentence opens with its setting has no head to show; cut at its comma it would say none of what it is about.
// (A one-sentence item, "On our Discord Channel, connect live with…", still names its item.)
const SETTING_OPENING =
  /^(?:(?:for|on|in|at|with|by|after|before|during|from|under|unlike|like|if|when|whenever|unless|once|since|although|though|because)\b|对于|如果|假如|若|当|在|由于|因为|虽然)/i;

/**
 * The names an announcing item lists after its colon ("…如下： DataGrip：2020.1。 MySQLWorkBench：8.0.25。", its sub-list
 * run into it): each part's own label, when every part has one.
 */
function namesBelow(item: string, lead: string): string[] {
  const rest = item.slice(item.indexOf(lead) + lead.length).replace(/^\s*[:：]\s*/, "");
  const parts = rest.split(/(?<=[。；;]|\.)\s+|\n+/).filter((part) => part.trim());
  const names = parts.map((part) => /^\s*(?:[-*+]\s+)?([^:：\n]{1,40}?)\s*[:：]/.exec(part)?.[1] ?? null);
  return names.length >= 2 && names.length <= 6 && names.every((n) => n !== null)
    ? (names as string[]).map((n) => n.replace(/[*_`]/g, ""))
    : [];
}

function itemHead(item: string): string | null {
  const says = (text: string) =>
    (text.match(/[A-Za-z]+/g) ?? []).length + (text.match(/[\u3400-\u9fff]/g) ?? []).length / 2;
  const lead = splitTerm(item)?.term ?? /^([^:：\n]{3,60}?)[:：]\s/.exec(item)?.[1];
  // "目前已测试的工具如下：" over "- DataGrip：2020.1" "- MySQLWorkBench：8.0.25": the head names what it announces.
  const announced = lead && /(?:如下|以下|下列|as follows|the following)\s*$/i.test(lead) ? namesBelow(item, lead) : [];
  if (announced.length > 0)
    return `${lead}${CJK.test(lead!) ? "：" : ": "}${announced.join(CJK.test(lead!) ? "、" : ", ")}`;
  // "✅ antd：全小写，指代 React UI 组件库": a short item stays whole; a one-word label of a long one says too little.
  if (lead !== undefined) return says(lead) >= 3 ? lead : visualLength(item) <= 90 ? item : null;
  const first = leadSentence(item);
  if (/[?？]$/.test(first)) return null;
  if (first !== item.trim() && SETTING_OPENING.test(first)) return null;
  // "完整版由于引用了比较多的库文件，所以打包会比较大。可以使用精简版来进行开发": a short item's first sentence may be
  // only the cause; the item whole is short enough to grade.
  if (first !== item.trim() && !/\n/.test(item.trim()) && visualLength(item) <= 90) return item.trim();
  const open = (first.match(/[(（]/g) ?? []).length > (first.match(/[)）]/g) ?? []).length;
  return open ? clausePrefix(item, 90) : first;
}
