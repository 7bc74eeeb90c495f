// Flashcards from one entry, following the minimum-information principle: the basic card's back is
// the answer's key point (the full answer is the entry's, shown folded below it), plus small cards
// for the answer's parts: its lists, terms and crisp facts. Nothing is made from tables of contents,
// link lists, footnotes or labels.
import { memoized } from "./memoized";
import { isStopWord } from "./similarity";
import {
  areVersionCases,
  shownLength,
  headsThatFit,
  isHeadLabel,
  DANGLING_END,
  isTermLike,
  keyPoint,
  POINTER_SENTENCE,
  PRONOUN_ZH,
  proseText,
  splitTerm,
  studyLists,
} from "./answer-parts";
import {
  answerForCards,
  partNamesBack,
  withCodeOpenings,
  withoutCodeComments,
  firstSentenceOnly,
  tableRowsBack,
  wholeListBack,
  withoutBracketedAsides,
  withCodeMarked,
  withoutAnswerLabels,
  withoutDanglingEnd,
  withoutOrdinalOpening,
  withoutRelativeLinks,
  withoutPointerClauses,
  withStopAttached,
} from "./card-backs";
import { answerLists, CJK, cjkPairs, sentences, visualLength, type AnswerList } from "./markdown-text";
import { clausePrefix, optionTextProblem, stripLeadIn } from "./option-text";
import { isPhrasedAsQuestion } from "./question-phrasing";
import type { EntryKind } from "./parse-faq";
import { shortHash } from "./seeded-random";
import { cardTemplates, type ContentLanguage } from "./templates";

export const CARD_KINDS = ["basic", "enumeration", "list-item", "term", "cloze"] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export type GeneratedCard = { id: string; entryId: string; kind: CardKind; front: string; back: string };

export type CardSource = {
  id: string;
  kind: EntryKind;
  question: string;
  answer: string;
  lists?: AnswerList[];
  /** The section heading above the entry, and the deck's title: what a question that does not say is about. */
  topic?: string | null;
  deck?: string | null;
};

/** A back longer than this (in characters) is a wall to grade: the card gets the key point instead. */
export const MAX_BACK = 300;
const MAX_ENUMERATION = 7;
/** A list item whose first sentence is longer than this is an explanation, not a step to recall by its place. */
const MAX_STEP = 80;
const MAX_CLOZES = 3;
// Only steps have a k-th item worth recalling; the order of reasons or measures is arbitrary.
const ASKS_FOR_STEPS =
  /如何|怎么(?!样)|怎样(?!的)|步骤|流程|过程|顺序|\bhow\b(?! (?:much|many|long|often|far|big)\b)|\bsteps?\b|\bprocess\b/i;
/** A term's text longer than this is an explanation under a label ("Resources: As mentioned…"), not a definition. */
const MAX_DEFINITION = 160;
export const BLANK = "[…]";

const ASKS_WHERE_TO_READ =
  /文档|教程|手册|在哪|哪里|哪儿|\b(?:documentation|docs|tutorials?|manual|where (?:can|do|should) (?:i|we|you) (?:find|read|learn|see|look))\b/i;

export function cardsForEntry(source: CardSource, language: ContentLanguage): GeneratedCard[] {
  const answer = answerForCards(source.answer);
  const entry = answer === source.answer ? source : { ...source, answer, lists: undefined };
  const t = cardTemplates[language];
  const cards: GeneratedCard[] = [];
  const lists = entry.lists ?? answerLists(entry.answer);
  // "随便观功能如何配置？（请列举全部 3 项）" over four sub-lists, "“是否启用”指什么？" in two of them:
  // one front with different backs cannot be graded, so neither card is made.
  const clashes = new Set<string>();
  const add = (kind: CardKind, key: string, front: string, back: string) => {
    const id = `${entry.id}:${kind}${key ? `-${key}` : ""}`;
    const part = kind === "term" || kind === "list-item" ? firstSentenceOnly(back) : back;
    const point = kind === "basic" ? back : keyPoint(part, MAX_BACK, []);
    const card = {
      id,
      entryId: entry.id,
      kind,
      front,
      back: kind === "cloze" ? point : withoutRelativeLinks(withCodeMarked(point, entry.answer)),
    };
    // An answer that was only a picture leaves nothing to grade.
    if (!card.back.trim()) return;
    const same = cards.find((c) => c.id === id || c.front === front);
    if (!same) cards.push(card);
    else if (same.back !== card.back) clashes.add(same.id);
  };

  // "swift推理有文档吗？", "命令行参数在哪个文档中查看？": where to read is what is asked, so the pointer is the answer.
  const asksWhereToRead = ASKS_WHERE_TO_READ.test(entry.question);
  if (
    (!asksWhereToRead && onlyPointsElsewhere(entry.answer, entry.question)) ||
    SAME_AS_ABOVE.test(entry.answer.trim()) ||
    ASKS_FOR_MONEY.test(entry.question)
  )
    return [];
  const basic = withCodeOpenings(
    withoutCodeComments(
      wholeListBack(entry.answer, MAX_BACK) ??
        tableRowsBack(entry.answer, MAX_BACK) ??
        partNamesBack(entry.answer, MAX_BACK, asksForRemedy(entry) || PROBLEM.test(entry.question)) ??
        basicBack(entry, lists),
      MAX_BACK,
    ),
    MAX_BACK,
  );
  add(
    "basic",
    "",
    basicFront(entry, t),
    withStopAttached(
      withoutOrdinalOpening(
        withoutDanglingEnd(
          asksWhereToRead
            ? withoutAnswerLabels(withoutListMarker(basic))
            : withoutPointerClauses(withoutAnswerLabels(withoutListMarker(withoutTrailingPointers(basic)))),
        ),
        entry.answer,
      ),
    ),
  );

  // "#### Benchmarks" over "- CPU: …" "- GPU: …": a list under a sub-heading of the answer answers that heading,
  // not the entry's question; it is no set to recall for it.
  // (An answer that opens with a sub-heading is told in parts, each list one of them.)
  const [beforeSubheading, ...underSubheadings] = /^#{1,6}[ \t]/.test(entry.answer.trim())
    ? [entry.answer]
    : entry.answer.split(/\n(?=#{1,6}[ \t])/);
  // The question as the basic card asks it: "What are all these permissions for?" names its deck there, and on
  // the cards of its parts too.
  const askedWithContext =
    entry.kind === "question" && isPhrasedAsQuestion(entry.question) ? withContext(entry) : entry.question;
  const itemsAbove = new Set(underSubheadings.length ? answerLists(beforeSubheading!).flatMap((l) => l.items) : []);
  studyLists(entry.answer, lists).forEach((list, listIndex) => {
    if (list.items.length < 2) return;
    if (underSubheadings.length && !list.items.every((item) => itemsAbove.has(item))) return;
    const terms = list.items.map(splitTerm);
    const heads = list.items.map((item, i) => terms[i]?.term ?? item);
    // Items headed by labels ("注意：…", "Example: …") are parts of an answer, not a set to recall.
    if (heads.some(isHeadLabel) || areVersionCases(heads)) return;
    // Under a "how" question, `Windows: alist.exe --debug` items are cases with their commands:
    // the heads are not the answer to list, nor terms with a definition.
    const commands = terms.filter((term) => term && optionTextProblem(term.definition, 400) === "code line");
    if (ASKS_FOR_STEPS.test(entry.question) && commands.length >= list.items.length / 2) return;
    // "Trusted and untrusted events?" → "Trusted event, Untrusted event" asks what the front says.
    const named = heads.every((h) => entry.question.toLowerCase().includes(h.toLowerCase().replace(/s$/, "")));
    // "能实时显示预览吗？" over two reasons: the answer is yes or no, and the list only says why.
    // "为什么不自动下载模型？" over "- **GitHub**：访问不顺畅" "- **百度网盘**：没有 API": the heads name what each reason
    // is about; the reasons are the answer, not the names. (Items that are the reasons themselves are.)
    const reasonsAbout = ASKS_WHY.test(entry.question) && terms.every(Boolean);
    if (
      list.items.length <= MAX_ENUMERATION &&
      heads.every(isTermLike) &&
      !named &&
      !asksYesOrNo(entry.question) &&
      !reasonsAbout
    ) {
      add(
        "enumeration",
        String(listIndex + 1),
        t.enumerate(askedWithContext, list.items.length),
        heads.map((h, i) => `${i + 1}. ${h}`).join("\n"),
      );
    }
    // "This error can be resolved by: - Restarting the container: …": steps of a fix, not terms with a meaning.
    const fixSteps = asksForRemedy(entry);
    list.items.forEach((item, i) => {
      const term = terms[i];
      if (
        term &&
        !fixSteps &&
        isTermLike(term.term) &&
        visualLength(term.definition) <= MAX_DEFINITION &&
        optionTextProblem(term.definition, MAX_DEFINITION) !== "code line" &&
        !/[?？:：]$/.test(term.definition) &&
        !/^\S*https?:\/\/\S+$/.test(term.definition.replace(/[\[\]()<>]/g, "")) &&
        !isBareValue(term.definition)
      )
        add("term", shortHash(term.term), t.defineTerm(askedWithContext, term.term), term.definition);
      // Only an ordered list of short steps has a "k-th item" worth asking for; a paragraph is no step to recall by place.
      else if (
        list.ordered &&
        list.items.length >= 3 &&
        !term &&
        ASKS_FOR_STEPS.test(entry.question) &&
        list.items.every((it) => visualLength(sentences(it)[0] ?? it) <= MAX_STEP) &&
        // "1，被执行的服务器在哪里配置？…" "2，以哪个用户来执行任务？…": sub-questions, not steps to recall by place.
        !list.items.some((it) => /[?？]$/.test(sentences(it)[0] ?? it)) &&
        !announcesAlternatives(entry.answer, list.items[0]!)
      )
        add("list-item", shortHash(item), t.listItem(askedWithContext, i + 1, list.items.length), item);
    });
  });

  // A figure blanked out ("每 […] 分钟检查一次") is trivia unless the question asks for a quantity.
  const asksQuantity = ASKS_QUANTITY.test(entry.question);
  // "[…] is a linter, not a type checker" under "How does Ruff compare to Mypy?": the name the question already says
  // is no fact to recall, unless the question asks what it is ("什么是TPS？").
  const asked = ASKS_WHAT_IT_IS.test(entry.question.trim()) ? "" : entry.question.toLowerCase();
  const namedInQuestion = (back: string) =>
    /^[\p{L}\p{N}][\p{L}\p{N}.+#-]*$/u.test(back) && asked.includes(back.toLowerCase());
  for (const cloze of clozesFor(proseText(entry.answer))
    .filter((c) => asksQuantity || !/^[\d.三四五六七八九十两]+$/.test(c.back) || STATES_A_FIGURE.test(c.front))
    .filter((c) => !namedInQuestion(c.back))
    .slice(0, MAX_CLOZES))
    add("cloze", shortHash(cloze.front), cloze.front, cloze.back);
  return cards.filter((c) => !clashes.has(c.id));
}

/** "How do I…?", or a problem heading ("Rclone is using too much memory"), whose card asks what to do about it. */
function asksWhatToDo(entry: CardSource): boolean {
  if (ASKS_FOR_STEPS.test(entry.question) || ASKS_FOR_A_FIX.test(entry.question)) return true;
  return !asksAQuestion(entry) && PROBLEM.test(entry.question);
}

// "When I set restart_method=command my AVR device just hangs": a problem told as it happens, not a question.
const TELLS_WHEN = /^(?:when|whenever|after|if|每当|当|在)\b[^?？]*$/i;

function asksAQuestion(entry: CardSource): boolean {
  return entry.kind === "question" && isPhrasedAsQuestion(entry.question) && !TELLS_WHEN.test(entry.question.trim());
}

/** "How do I…?", "…what should I do?", "安装失败怎么办", a problem heading: not "How does it work?" or "How secure is it?". */
function asksForRemedy(entry: CardSource): boolean {
  const q = entry.question;
  if (ASKS_FOR_A_FIX.test(q) || ASKS_HOW_TO.test(q)) return true;
  return !asksAQuestion(entry) && PROBLEM.test(q);
}

// Not "How do you scale?" or "如何利用…", which ask how something works.
const ASKS_HOW_TO =
  /\bhow (?:do|can|could|should) (?:i|we|one)\b|\bhow to\b|\bwhat can be done\b|\bis there (?:a|any) way to\b/i;

// "多久检查一次？", "How many…?", "默认…": the question asks for a figure.
const ASKS_QUANTITY =
  /多少|几[个种次天项条步台秒分]|多久|多长|多大|默认|上限|下限|最大|最小|最多|最少|限制|\bhow (?:many|much|long|often|big|large)\b|\bdefault\b|\blimits?\b|\bmaximum\b|\bminimum\b/i;

// "数据页（[…] KB）", "innodb_change_buffer_max_size（默认 […]%）": a size or a default is a figure worth knowing.
const STATES_A_FIGURE =
  /默认|上限|最大|最多|限制|\[…\]\s*(?:KB|MB|GB|TB|bytes?|字节)|\bdefaults?\b|\blimit\b|\bmaximum\b/i;

// "I have poor performance, what should I do?", "安装失败怎么办": the asker wants the remedy.
const ASKS_FOR_A_FIX =
  /\bwhat (?:should|can|could|do|shall) (?:i|we|you) do\b|\bwhat to do\b|怎么办|(?:如何|怎么|怎样)(?:解决|处理|修复)/i;

function asksYesOrNo(question: string): boolean {
  // "能实时显示预览吗？这样就能…": the first question asked is the one; "I have an app… Is there a fee?": its last sentence.
  const q = sentences(/^[^?？]*[?？]?/.exec(question.trim())![0]).at(-1) ?? "";
  if (/^(?:what|which|who|how|why|where|when)\b/i.test(q) || /什么|哪|怎么|如何|为什么|多少|几/.test(q)) return false;
  return /[吗么][?？]?$/.test(q) || /^(?:is|are|can|could|does|do|did|should|will|would|has|have)\b/i.test(q);
}

/**
 * The answer's key point; but a "how" answer whose opening is only background ("By default, ripgrep
 * uses parallelism…") or a sub-heading ("PaddleNLP预训练模型") is answered where it names the command
 * or setting: the paragraph holding the first `code` span (its first sentence and the code's, if long).
 */
function basicBack(source: CardSource, lists: AnswerList[]): string {
  const entry = withoutProductOpening(source);
  const point = withHowItIsDone(everyPart(entry.question, entry.answer, pointOrFix(entry, lists)), entry.answer);
  const chosen =
    causeForWhy(entry, point) ?? verdictWithWhatFollows(entry.answer, point) ?? definitionAsked(entry, point) ?? point;
  // Each step adds what the question asks and the back still lacks.
  const back = [
    withFixAfterWhy,
    withActionVerdict,
    withHowAfterBackground,
    withFurtherStep,
    withOtherCase,
    withVerdict,
  ].reduce((sofar, step) => step(entry, sofar), chosen);
  const fixed = asksForRemedy(entry) && checksOrShowsTheCase(back) ? (fixAfter(entry.answer, back) ?? back) : back;
  // "…you will have to additionally install `libhdf5`:" says what to do; the command it announces goes with it.
  // "…可以通过参数开启。" right before `options unsafe true`: the code is how, so it goes with it too.
  const last = sentences(plainPoint(fixed).trim()).at(-1) ?? "";
  if (!announcesOrBreaksOff(fixed, entry.answer))
    return /[:：]\s*$/.test(fixed) || (FIX.test(last) && !/`{3}|~{3}/.test(fixed))
      ? withCodeAfter(fixed, entry.answer)
      : fixed;
  const named = listTheQuestionNames(entry);
  if (named) return named;
  const withCode = withCodeAfter(fixed, entry.answer);
  return withCode !== fixed ? withCode : (betterThanALeadIn(entry) ?? withoutLeadIn(fixed));
}

/**
 * "fooView是一个机器学习软件，…" over "新闻、天气，做这些干什么？": what the deck's product is, said before the
 * answer, answers only "what is it"; the back is chosen from what follows it.
 */
function withoutProductOpening(entry: CardSource): CardSource {
  if (ASKS_WHAT_TERM_IS.test(entry.question)) return entry;
  const first = writtenSentences(entry.answer)[0] ?? "";
  const name = /^([A-Za-z][\w.+-]{2,})\s*(?:是一个|是一款|是一种|is an?\s)/.exec(first.trim())?.[1];
  if (!name || !(entry.deck ?? "").toLowerCase().includes(name.toLowerCase())) return entry;
  const at = entry.answer.indexOf(first);
  const rest = at < 0 ? "" : (entry.answer.slice(0, at) + entry.answer.slice(at + first.length)).trim();
  return writtenSentences(rest).length > 0 ? { ...entry, answer: rest, lists: undefined } : entry;
}

/**
 * "How can I select and copy text?" → "Running an app puts your terminal in application mode, which disables
 * selecting.": background; the sentence after it saying what you can do ("…a modifier key which you can hold
 * while you click and drag") is the how, and goes with it.
 */
function withHowAfterBackground(entry: CardSource, back: string): string {
  if (!ASKS_FOR_STEPS.test(entry.question) || /\n|`{3}|~{3}/.test(back.trim()) || /[:：]\s*$/.test(back)) return back;
  const plain = plainPoint(back);
  if (TELLS_WHAT_TO_DO.test(plain) || /\byou can\b|可以|需要|即可/i.test(plain) || CANNOT.test(plain)) return back;
  const [next] = sentencesAfter(back, entry.answer);
  if (!next || /[:：]\s*$/.test(next) || LEANS_ON_BEFORE.test(next.trim())) return back;
  if (!(TELLS_WHAT_TO_DO.test(plainPoint(next)) || /\byou can\b|可以|即可/i.test(next))) return back;
  // ("（2）如果不能满足需求，可以尝试…": the next of the answer's numbered ways, without its number.)
  return withSentence(back, next.replace(/^\s*(?:[（(]\d{1,2}[）)]|\d{1,2}[.)、])\s*/, ""));
}

/**
 * "How do I go back to V5?" → "In the start file change the line to …": the step after it ("You also need to run
 * `pip uninstall …`") is as much a part of the how, and goes with it.
 */
function withFurtherStep(entry: CardSource, back: string): string {
  if (!ASKS_FOR_STEPS.test(entry.question) || /\n|`{3}|~{3}/.test(back.trim()) || /[:：]\s*$/.test(back)) return back;
  const [next] = sentencesAfter(back, entry.answer);
  return next && FURTHER_STEP.test(next.trim()) && !/[:：]\s*$/.test(next) ? withSentence(back, next) : back;
}

// "It's free to use", "No,", "不支持": words that give a yes/no question its verdict.
const VERDICT_WORDS =
  /\b(?:yes|no|not|free|sure|welcome|of course|can(?:not|'t)?|could(?:n't)?|don't|doesn't|isn't|aren't|won't|never|always|possible|impossible|(?:un)?supported|required|need(?:ed)?|must|should|allowed)\b|是的|不|没有|无需|可以|能|支持|需要|必须|允许|只/i;

// "所以…", "如果你不知道自己是否需要，那么大概率是不需要。", "In short, …": the answer's last word on it.
const CONCLUSION = /^(?:所以|因此|总之|总的来说|综上|so|in short|overall|in summary|to sum up)\b|那么|\bthen\b/i;

/**
 * "Is there a fee for using it?" → "Leaflet… is just a JavaScript library.": background that says neither yes nor
 * no; the sentence after it that does ("It's free to use, but…") goes with it.
 */
function withVerdict(entry: CardSource, back: string): string {
  // (A title's words, "Why Not Iframe", are no verdict.)
  const said = plainPoint(back).replace(/\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+/g, "");
  if (!asksYesOrNo(entry.question) || /\n/.test(back.trim()) || VERDICT_WORDS.test(said)) return back;
  // The next sentences, or the answer's conclusion ("如果你不知道自己是否需要用微前端，那么大概率是不需要。").
  const after = sentencesAfter(back, entry.answer);
  const concludes = after.length > 2 && CONCLUSION.test(after.at(-1)!.trim());
  for (const next of new Set(concludes ? after.slice(-1) : [...after.slice(0, 2), ...after.slice(-1)]))
    if (VERDICT_WORDS.test(plainPoint(next)) && !/[:：]\s*$/.test(next)) {
      const longer = withSentence(back, next);
      if (longer !== back) return longer;
    }
  return back;
}

/**
 * "移动端：ios10+、android5+", "Port: 8080": a value under a label, not what the label means; "其中“移动端”指什么？"
 * would ask for a meaning the back does not give.
 */
function isBareValue(definition: string): boolean {
  if (CJK.test(definition)) return false;
  return (plainPoint(definition).match(/(?<![\w.+-])[A-Za-z]{2,}(?![\w+])/g) ?? []).length < 2;
}

// "Should PgBouncer be installed on webserver or database server?", "部署在应用服务器还是数据库服务器上？": two cases asked.
const EITHER_OR =
  /\b([\w-]+(?: [\w-]+){0,2}) or ([\w-]+(?: [\w-]+){0,2})\s*[?？]\s*$|([^，,。？?\s]{2,12})还是([^，,。？?\s]{2,12})[？?]/i;

/**
 * "…on webserver or database server?" → "It depends. Installing on webserver is good when… Installing on database
 * server is good when…": a back speaking of one of the two cases asked goes on to the sentence on the other.
 */
function withOtherCase(entry: CardSource, back: string): string {
  const asked = EITHER_OR.exec(entry.question.trim());
  if (!asked || /\n/.test(back.trim())) return back;
  const [one, other] = asked[1] ? [asked[1], asked[2]!] : [asked[3]!, asked[4]!];
  const words = (text: string) =>
    CJK.test(text)
      ? cjkPairs(text)
      : (text.toLowerCase().match(/[a-z][a-z0-9-]{2,}/g) ?? []).filter((w) => !isStopWord(w));
  const says = (text: string, word: string) =>
    CJK.test(word) ? text.includes(word) : new RegExp(`\\b${word}\\b`, "i").test(text);
  const oneOnly = words(one).filter((w) => !words(other).includes(w));
  const otherOnly = words(other).filter((w) => !words(one).includes(w));
  const plain = plainPoint(back);
  if (!oneOnly.some((w) => says(plain, w)) || otherOnly.some((w) => says(plain, w))) return back;
  const next = sentencesAfter(back, entry.answer)
    .slice(0, 2)
    .find((x) => otherOnly.some((w) => says(x, w)) && !LEANS_ON_BEFORE.test(x.trim()));
  if (!next) return back;
  // Both cases are the answer: a little over the usual length still reads at a glance.
  const both = followedBy(back, withoutLinks(next));
  return visualLength(both) <= MAX_BACK * 1.2 ? both : back;
}

const FURTHER_STEP =
  /^(?:you(?:'ll| will)? (?:also|then|next) (?:need|have) to|you also (?:must|should)|(?:also|then|next|after that|afterwards),? (?:you (?:need|have) to |run |install |restart |delete |remove |change |set )|(?:然后|之后|接着|随后|同时|另外)?还(?:需要|要|得)|(?:然后|接着|随后)[，,]?(?:再)?)/i;

// "Should I do something about it?", "需要我做什么吗？": a part of the question asking whether to act.
const ASKS_WHETHER_TO_ACT =
  /\b(?:should I|do I (?:need|have) to|must I|is there anything I (?:need|have) to)\b|(?:我)?(?:需要|要不要|是否需要)(?:做|处理|操作)/i;
const ACTION_VERDICT =
  /\bno (?:action|need)\b|\b(?:don'?t|do not|doesn'?t|does not) (?:need|have) to\b|\bnot (?:required|needed|necessary)\b|不需要|无需|不用(?:做|处理|操作)/i;

/**
 * "Why are there recipes already in the directory? Should I do something about it?": a second question asking
 * whether to act gets the answer's sentence saying so ("There is no action required…") when the back lacks it.
 */
function withActionVerdict(entry: CardSource, back: string): string {
  const parts = entry.question.split(/(?<=[?？])\s*/).filter((part) => part.trim());
  if (parts.length < 2 || !parts.slice(1).some((part) => ASKS_WHETHER_TO_ACT.test(part))) return back;
  if (ACTION_VERDICT.test(plainPoint(back))) return back;
  const verdict = writtenSentences(entry.answer).find((x) => ACTION_VERDICT.test(x) && !back.includes(x.trim()));
  return !verdict || /\n/.test(back.trim()) ? back : withSentence(back, verdict);
}

// "What is quantization?", "什么是 XDP？", "Prefetch 是什么？": the term asked about.
const ASKS_WHAT_TERM_IS =
  /\bwhat (?:is|are) (?:an? |the )?([\p{L}\p{N}][\p{L}\p{N}._+#-]*(?: [\p{L}\p{N}][\p{L}\p{N}._+#-]*){0,2})\s*[?？]|什么是\s*([^？?，,。\s]{1,20})|^([^？?，,。\s]{1,20}?)\s*(?:是什么|是啥)/iu;

/**
 * "What is quantization?" answered after some background ("Whenever you pull a model without a tag…"): the
 * sentence that says what it is ("Quantization is a method of compression…"), when the point is not it.
 */
function definitionAsked(entry: CardSource, point: string): string | null {
  const asked = ASKS_WHAT_TERM_IS.exec(entry.question);
  const term = asked?.slice(1).find(Boolean)?.replace(/`/g, "");
  if (!term) return null;
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const defines = new RegExp(
    String.raw`^(?:the |an? )?${escaped}\s*(?:(?:is|are|means|refers to|stands for)\b|是|指|就是)`,
    "iu",
  );
  if (writtenSentences(point).some((x) => defines.test(x.replace(/`/g, "")))) return null;
  const said = writtenSentences(entry.answer).find((x) => defines.test(x.replace(/`/g, "")));
  return said && visualLength(said) <= MAX_BACK ? said : null;
}

/**
 * "Why is the LLM speaking an unexpected language?" → "…LLMs aren't fully reliable…" then "You can explicitly set the
 * language with `--chat-language <language>`.": a why about something going wrong gets the cause and what to do.
 */
function withFixAfterWhy(entry: CardSource, back: string): string {
  if (!ASKS_WHY.test(entry.question) || !(PROBLEM.test(entry.question) || UNWANTED.test(entry.question))) return back;
  if (/\n/.test(back.trim()) || SAYS_WHAT_TO_DO.test(plainPoint(back))) return back;
  const fix = sentencesAfter(back, entry.answer).find(
    (x) =>
      /`[^`\n]+`/.test(x) &&
      (YOU_CAN_ORDER.test(x) || /\byou can\b|可以|需要/i.test(x)) &&
      !/[:：]$/.test(x) &&
      !LEANS_ON_BEFORE.test(x.trim()),
  );
  return fix ? withSentence(back, fix) : back;
}

const UNWANTED = /\b(?:slow|unexpected|wrong|strange|weird)\b|慢|奇怪/i;

/**
 * "Without access to it, it has likely done a bad implementation. Often LLMs will hallucinate content for the files
 * they needed. So aider re-submits the original request in this situation.": under a why, the sentences before the
 * answer's "So …" are the reason, and the "So" sentence says what they explain.
 */
function reasonBeforeSo(answer: string, point: string): string | null {
  const written = writtenSentences(answer);
  const at = written.findLastIndex((x) =>
    /^(?:so|that'?s why|this is why|therefore|hence)\b|^(?:所以|因此|因而)/i.test(x),
  );
  if (at < 1 || written.slice(at - 1, at + 1).some((x) => point.includes(x))) return null;
  // (Only where the "So" sentence says again what the point says: "…it will re-submit the original request.")
  const words = (x: string) => new Set(x.toLowerCase().match(/[a-z]{4,}|[\u3400-\u9fff]{2}/g) ?? []);
  const said = words(point);
  if ([...words(written[at]!)].filter((w) => said.has(w)).length < 2) return null;
  for (const from of [at - 2, at - 1]) {
    if (from < 0) continue;
    const back = withoutLinks(written.slice(from, at + 1).reduce(followedBy));
    // (Not from a sentence whose first clause leans on one before it: "Without access to it, …".)
    const opening = written[from]!.trim().split(/[,，]/)[0]!;
    if (
      visualLength(back) <= MAX_BACK &&
      !LEANS_ON_BEFORE.test(written[from]!.trim()) &&
      !/\b(?:it|them)\b/i.test(opening)
    )
      return back;
  }
  return null;
}

const ASKS_WHY = /^why\b|\bwhy (?:is|are|do|does|did|can'?t|won'?t|isn'?t|doesn'?t)\b|为什么|为何|什么原因|原因是什么/i;
// Words that say "this is the cause" outright ("因为" and "so that" also give reasons for advice).
const NAMES_THE_CAUSE =
  /造成|导致|所致|由于|原因(?:是|在于)|\b(?:caused by|due to|therefore|that is why|this is why|the reason (?:is|was)|because of)\b/i;
const GIVES_A_REASON =
  /因为|由于|导致|造成|所以|因此|为了|原因|应该|\b(?:because|since|due to|caused|thus|therefore|hence|reason|in order to|should|tl;dr)\b/i;
const LEANS_ON_BEFORE =
  /^(?:they|it|this|that|these|those|such|so|and|but)\b|^(?:这|那|它|其|此|但|而)|\bhowever\b|不过|但是/i;

/**
 * "为什么…图像都是紫色方块？" over two sentences of background: the sentence naming the cause ("…则会导致…紫色方块"),
 * when the point neither gives a reason nor says what to do, and the sentence speaks of what the question asks.
 */
function causeForWhy(entry: CardSource, point: string): string | null {
  if (!ASKS_WHY.test(entry.question)) return null;
  const concluded = reasonBeforeSo(entry.answer, point);
  if (concluded) return concluded;
  if (GIVES_A_REASON.test(point) || FIX.test(plainPoint(point))) return null;
  const words = [
    ...(entry.question.toLowerCase().match(/[a-z][a-z0-9-]{2,}/g) ?? []).filter(
      (w) => !/^(?:why|does|the|and)$/.test(w),
    ),
    ...cjkPairs(entry.question).filter((pair) => !/为什|什么|为何|原因/.test(pair)),
  ];
  const cause = writtenSentences(entry.answer).find(
    (s) => NAMES_THE_CAUSE.test(s) && !LEANS_ON_BEFORE.test(s.trim()) && words.some((w) => s.toLowerCase().includes(w)),
  );
  return cause && !point.includes(cause) && visualLength(cause) <= MAX_BACK ? cause : null;
}

// "Yes!", "可以。": a verdict alone, when the answer goes on to say how.
const BARE_VERDICT = /^(?:yes|no|sure|of course|nope|是的|可以|不可以|能|不能|支持|不支持|会|不会)[.!。！]?$/i;

/** "Yes!" over "Yes! To enforce a convention, add a `convention` setting:" and its code: the verdict with its how. */
function verdictWithWhatFollows(answer: string, point: string): string | null {
  if (!BARE_VERDICT.test(plainPoint(point).trim())) return null;
  const first = answer
    .trim()
    .split(/\n[ \t]*\n/)[0]!
    .trim();
  if (first === point.trim() || /^[ \t]*(?:[-*+|#>]|\d+[.)]|`{3}|~{3})/.test(first) || visualLength(first) > MAX_BACK)
    return null;
  const said = first.replace(/\s*\n\s*/g, (gap, at: number) => (CJK.test(first[at - 1] ?? "") ? "" : " "));
  if (!/[:：]\s*$/.test(said)) return said;
  // The code it announces, after a label naming the file ("**pyproject.toml**") if there is one.
  const rest = answer.trim().slice(answer.trim().indexOf(first) + first.length);
  const code = /^\s*(?:(\*\*[^*\n]{1,40}\*\*)[ \t]*\n\s*)?((`{3,}|~{3,})[^\n]*\n[\s\S]*?\n[ \t]*\3)[ \t]*(?:\n|$)/.exec(
    rest,
  );
  const back = code ? `${said}\n\n${code[1] ? `${code[1]}\n\n` : ""}${code[2]}` : said;
  return code && visualLength(back) <= MAX_BACK ? back : null;
}

// "一些途径举例：", "You have three options:": the items are ways to choose from, in no order to recall.
const ALTERNATIVES =
  /举例|例如|比如|途径|之一|任选|[几多两三四]种(?:方式|办法|方法|途径|选择)|\b(?:two|three|four|five|several|a few|some|many) (?:options|ways|alternatives)\b|\beither\b|\bfor example\b|\bsuch as\b/i;

/** The line introducing the list that opens with `firstItem` says its items are alternatives. */
function announcesAlternatives(answer: string, firstItem: string): boolean {
  const at = answer.indexOf(firstItem.slice(0, 20));
  if (at < 0) return false;
  const lead = answer
    .slice(0, at)
    .trimEnd()
    .split("\n")
    .slice(0, -1)
    .reverse()
    .find((line) => line.trim() !== "");
  return lead !== undefined && ALTERNATIVES.test(lead);
}

/**
 * "All layers have a `trainable` attribute:", "修改为", "1.2.1 version": a lead-in to what is not on the back, or
 * a fragment, is no answer to grade.
 */
function announcesOrBreaksOff(back: string, answer: string): boolean {
  if (back.trim() === answer.trim()) return false;
  // "You have two options:⏎**1) Write a low-level custom training loop**": the first of the parts it announces.
  if (BOLD_NUMBERED.test(back.trim().split("\n").at(-1)!)) return true;
  if (/\n/.test(back.trim())) return false;
  const plain = plainPoint(back).trim();
  // "So build it with `left.GetAllocator()`, then add it:": a sentence naming its code says what to do itself.
  if (/[:：]$/.test(plain)) {
    const last = sentences(back.trim()).at(-1) ?? "";
    const announces = /如下|以下|下面|下列|例如|比如|为例|the following|as follows|like this|below/i.test(last);
    return announces || !(/`[^`\n]+`/.test(last) && TELLS_WHAT_TO_DO.test(plainPoint(last)));
  }
  return visualLength(plain) < 16 && !/[。.!！?？]$/.test(plain);
}

// "**1) Write a low-level custom training loop**": a numbered part of the answer, bold on a line of its own.
const BOLD_NUMBERED = /^\s*\*\*\s*\d{1,2}[.)、]\s*([^*\n]+?)\s*\*\*\s*$/;

// "可以通过设置 go 环境变量来解决", "The fix is…": a sentence that names the fix as such.
const NAMES_THE_FIX =
  /可以通过[^。；]{1,40}(?:来)?解决|(?:为了|要|想)解决(?:这个|此|该|上述)问题|解决(?:方法|办法|方案)(?:是|为)|\bthe (?:fix|solution|workaround) is\b|\bcan be (?:solved|fixed|resolved) by\b|\bto (?:fix|solve|resolve) (?:this|it|the (?:problem|issue|error))\b|\bcan work around (?:this |it )?by\b/i;

/** "…you can retrieve its output via `layer.output`. This enables you to…, like this one:": without the lead-in. */
function withoutLeadIn(back: string): string {
  const parts = sentences(back.trim());
  if (parts.length < 2 || !/[:：]$/.test(parts.at(-1)!)) return back;
  return back
    .trim()
    .slice(0, back.trim().lastIndexOf(parts.at(-1)!))
    .trim();
}

/** The lead-in to a list the question names ("To do fine-tuning with `fit()`, you would:") with the list's heads. */
function listTheQuestionNames(entry: CardSource): string | null {
  const words = new Set([
    ...(entry.question.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []),
    ...cjkPairs(entry.question),
  ]);
  const announced = [
    ...entry.answer.matchAll(
      /(?:^|\n)([^\n]*[^\s:：][:：])[ \t]*\n(?:[ \t]*\n)?((?:[ \t]*(?:[-*+]|\d+[.)])[ \t]+[^\n]+(?:\n|$))+)/g,
    ),
  ]
    .map((m) => {
      const lead = plainPoint(m[1]!).trim();
      const shared = [...words].filter((w) => lead.toLowerCase().includes(w)).length;
      const heads = m[2]!
        .trim()
        .split("\n")
        .map((line) => clausePrefix(proseText(line.replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/, "")), 90));
      return { lead, shared, heads };
    })
    .filter((a) => a.shared > 0 && a.heads.length >= 2 && a.heads.every((h) => h !== null))
    .sort((a, b) => b.shared - a.shared);
  for (const { lead, heads } of announced) {
    const text = headsThatFit(lead, heads as string[], MAX_BACK);
    if (text) return text;
  }
  return null;
}

/** The parts a lead-in announces in bold numbered lines, or a short answer whole. */
function betterThanALeadIn(entry: CardSource): string | null {
  // "You have two options:" over "**1) Write a low-level custom training loop**" … "**2) Subclass the Model class**".
  const parts = entry.answer.split("\n").flatMap((line) => BOLD_NUMBERED.exec(line)?.[1] ?? []);
  const lead = /^[^\n]*[:：][ \t]*$/m.exec(entry.answer.split(/\n\s*\*\*\s*1[.)、]/)[0]!.trim())?.[0];
  if (parts.length >= 2 && lead) {
    const text = headsThatFit(plainPoint(lead).trim(), parts, MAX_BACK);
    if (text) return text;
  }
  return shownLength(entry.answer) <= MAX_BACK * 1.2 ? entry.answer : null;
}

function pointOrFix(entry: CardSource, lists: AnswerList[]): string {
  // "自动战斗功能不工作？" over "问题描述：… 解决方法：…": a symptom asked as a question still wants the fix.
  const wantsFix = asksForRemedy(entry) || ASKS_FOR_STEPS.test(entry.question) || PROBLEM.test(entry.question);
  const solution = wantsFix ? solutionSection(entry.answer) : null;
  if (solution) return solution;
  // "这个问题有两种解决方法：" and its list: the fixes, without the cause before them.
  const fixList = asksForRemedy(entry) ? fixListIn(entry.answer, lists) : null;
  if (fixList) return fixList;
  // "…往往是国内访问 go mod 问题，可以通过设置 go 环境变量来解决：" and its commands: the fix, said as one.
  const namedFix = asksForRemedy(entry) ? writtenSentences(entry.answer).find((x) => NAMES_THE_FIX.test(x)) : undefined;
  const withItsCode = namedFix && visualLength(namedFix) <= MAX_BACK ? withCodeAfter(namedFix, entry.answer) : null;
  if (withItsCode && (withItsCode !== namedFix || !/[:：]\s*$/.test(namedFix))) return withItsCode;
  const point = withWhatItAnnounces(keyPoint(entry.answer, MAX_BACK, lists), entry.answer);
  if (point === entry.answer) return point;
  // "How can I search and replace with ripgrep?" → "Using ripgrep alone, you can't. … However, its output can be piped
  // to tools that do.": a how answered "you can't" has its answer in the verdict, not in a later example's code.
  if (ASKS_FOR_STEPS.test(entry.question) && CANNOT.test(sentences(plainPoint(point))[0] ?? "")) return point;
  // "We are working hard on performance." or the cause alone answers no "what should I do": the remedy does.
  const wantsRemedy = asksForRemedy(entry) && !/\n/.test(point.trim());
  const fixes = wantsRemedy && !SAYS_WHAT_TO_DO.test(plainPoint(point)) ? fixListIn(entry.answer, lists) : null;
  if (fixes) return fixes;
  const orRemedy = () =>
    wantsRemedy && !TELLS_WHAT_TO_DO.test(plainPoint(point))
      ? (instructionBeforeCaveats(entry.answer, point) ?? withRemedyAfterCause(point, entry.answer))
      : (sentenceOnTopic(entry, point) ?? point);
  const steps = ASKS_FOR_STEPS.test(entry.question)
    ? (announcedCommands(entry.answer) ?? stepsAcrossInterruptions(entry.answer))
    : null;
  if (steps) return steps;
  const numbered =
    ASKS_FOR_STEPS.test(entry.question) && !/`|\n/.test(point) && /[.。!！]$/.test(point)
      ? numberedSteps(entry.answer)
      : null;
  if (numbered) return numbered;
  // "apollo如何配置查看权限?" answered with background and who counts as a member (a list), then "配置方式很简单，…进入
  // `管理员工具 - 系统参数`页面修改`configView.memberOnly.envs`配置项即可。": the paragraph saying how, with its code.
  // ("Right click the icon and select Manage." then "Alternatively open …, type `about:addons` …": the answer
  // opens with the way, and the paragraph with code is another.)
  const opensWithTheWay = OPENS_WITH_AN_ORDER.test(plainPoint(point).trim());
  if (
    ASKS_FOR_STEPS.test(entry.question) &&
    /\n/.test(point) &&
    !SAYS_WHAT_TO_DO.test(plainPoint(point)) &&
    !opensWithTheWay
  ) {
    const how = proseParagraphs(entry.answer).find(
      (p) => SAYS_HOW.test(p) && /`[^`\n]+`/.test(p) && !/^[-*+|#>]|^\d+[.)]\s/.test(p) && visualLength(p) <= MAX_BACK,
    );
    if (how) return how;
  }
  // A point that already is the commands ("- paddle.save(…)") or names the code stays; so does one saying the
  // message can be ignored ("…且页面能正常打开 可以忽略该警告。").
  if (/`|\n/.test(point) || !asksWhatToDo(entry) || SAYS_TO_IGNORE.test(point)) return orRemedy();
  // A short "how" answer naming its command after some background is graded at a glance whole: the background
  // is often half the answer ("你可以拥有多个文件夹…" before the code that switches between them).
  if (ASKS_FOR_STEPS.test(entry.question) && visualLength(entry.answer) <= MAX_BACK && /`/.test(entry.answer))
    return entry.answer;
  // "Make sure that the current directory is set as intended when loading files.": the point is already the way.
  if (/^(?:make sure|ensure|be sure)\b|^请?确保/i.test(plainPoint(point).trim())) return point;
  const command = commandItAnnounces(entry.answer);
  if (command) return command;
  // Under a problem heading, a paragraph naming code is the fix only when it says to do something.
  // (A point that already says what to do is not traded for a paragraph that only describes the code.)
  if (ASKS_FOR_STEPS.test(entry.question) && opensWithTheWay) return orRemedy();
  const doing = ASKS_FOR_STEPS.test(entry.question) && !SAYS_WHAT_TO_DO.test(plainPoint(point)) ? /[^]/ : FIX;
  const paragraphs = proseParagraphs(entry.answer);
  // Not a labelled fragment ("格式：`ip ${hostname}`"), which needs the paragraph before it.
  // Code the question itself names ("How do I make the -f/--file flag faster?") is not the answer's news.
  const namesNewCode = (p: string) =>
    [...p.matchAll(/`([^`\n]+)`/g)].some((m) => !entry.question.toLowerCase().includes(m[1]!.toLowerCase()));
  const paragraph = paragraphs.find(
    (p) =>
      namesNewCode(p) &&
      !SETS_UP.test(p) &&
      !/^[-*+|#>]|^\d+[.)]\s/.test(p) &&
      !/^[^，,。：:\s]{1,10}\s*[:：]/.test(p) &&
      doing.test(p),
  );
  if (!paragraph) return orRemedy();
  // "…没有执行 `fusermount` 的权限。例如，你可以通过下面的命令检查：": the example's lead-in goes with the example.
  const said = paragraph.replace(/(?<=[。.!！])\s*(?:例如|比如|for example|e\.g\.)[^。.!！]*[:：]$/i, "");
  if (visualLength(said) <= MAX_BACK) return said;
  const parts = sentences(said);
  const hasCode = (x: string) => /`[^`\n]+`/.test(x);
  // "…your version won't show up. To add it, use `0install add-feed`:": the sentence saying what to do, with the one it follows.
  const doingAt = parts.findIndex(
    (x) => SAYS_WHAT_TO_DO.test(x) || (hasCode(x) && (OPENS_WITH_AN_ORDER.test(x) || YOU_CAN_ORDER.test(x))),
  );
  if (doingAt > 0) {
    const doing = parts[doingAt]!.replace(/[:：]\s*$/, ".");
    // The sentence before gives "it" its meaning, unless it is a question ("Is it really worth it?").
    const before = /[?？]$/.test(parts[doingAt - 1]!) ? "" : `${parts[doingAt - 1]} `;
    const back = `${before}${doing}`;
    if (visualLength(back) <= MAX_BACK) return back;
  }
  // The sentence naming the code, with the one before it that says what it is for (never two pieces spliced).
  const at = parts.findIndex(hasCode);
  if (at < 0) return point; // its only code was in the example's lead-in, cut above
  const before = at > 0 && !/[?？]$/.test(parts[at - 1]!) ? `${parts[at - 1]} ` : "";
  for (const back of [`${before}${parts[at]}`, parts[at]!]) if (visualLength(back) <= MAX_BACK) return back;
  return point;
}

const SAYS_HOW =
  /(?:配置|设置|使用|操作|实现|修改|开启|启用)(?:方式|方法|步骤)|即可[。.]?$|\bto do (?:this|so|that)\b|\byou can do (?:this|so|it|that) (?:by|with)\b/i;

/** The answer's paragraphs without its code blocks, each on one line. */
function proseParagraphs(answer: string): string[] {
  return answer
    .replace(/^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm, "")
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p.trim().replace(/\s*\n\s*/g, (gap, offset: number, all: string) => (CJK.test(all[offset - 1] ?? "") ? "" : " ")),
    );
}

// "问题引起：", "解决方案：", "**Workaround:**": a label line opening a part of the answer, and what follows it on that line.
const SECTION_LABEL = /^[ \t]*(?:\*\*)?([^\n:：*]{1,12}?)(?:\*\*)?\s*[:：]\s*(?:\*\*)?[ \t]*(.*)$/gm;
const SOLUTION_LABEL =
  /^(?:解决(?:方案|方法|办法|措施|方式)?|处理(?:方法|办法|方式)|修复(?:方法|办法|方式)|(?:使用|操作|配置)(?:步骤|指南)|(?:possible )?(?:solutions?|fix(?:es)?|workarounds?|resolution))$/i;
const PART_LABEL =
  /^(?:问题(?:图例|引起|原因|描述|现象)?|原因|现象|症状|使用方法|功能说明|注意(?:事项)?|特别提示|提示|说明|(?:possible )?causes?|reasons?|symptoms?|problem|issue|notes?|usage)$/i;

/**
 * An answer in labelled parts (问题引起：… 解决方案：… 使用方法：…) answers "what do I do" with its solution
 * part: the part's text when it fits, else the lead-in and the heads of the fixes it lists.
 */
function solutionSection(answer: string): string | null {
  return labelledSolution(labelHeadingsAsLines(answer));
}

// "### 问题描述" / "### 解决方法": a part's label written as a heading is the same label as "解决方法：".
function labelHeadingsAsLines(answer: string): string {
  return answer.replace(/^#{1,6}[ \t]+([^\n#]{1,12}?)[ \t#]*$/gm, (line, label: string) =>
    SOLUTION_LABEL.test(label.trim()) || PART_LABEL.test(label.trim()) ? `${label.trim()}：` : line,
  );
}

function labelledSolution(answer: string): string | null {
  const labels = [...answer.matchAll(SECTION_LABEL)].filter(
    (m) => SOLUTION_LABEL.test(m[1]!.trim()) || PART_LABEL.test(m[1]!.trim()),
  );
  const at = labels.findIndex((m) => SOLUTION_LABEL.test(m[1]!.trim()));
  if (labels.length < 2 || at < 0) return null;
  const start = labels[at]!;
  const end = labels[at + 1]?.index ?? answer.length;
  const body = answer.slice(start.index! + start[0].length - start[2]!.length, end).trim();
  if (!body) return null;
  const label = `${start[1]!.trim()}：`;
  const text = withoutTrailingPointers(body);
  if (shownLength(text) <= MAX_BACK) return `${label}${/^(?:[-*+]|\d+[.)])\s/.test(text) ? "\n\n" : ""}${text}`;
  const ways = namedWays(body);
  if (ways) return ways;
  const list = studyLists(body)[0];
  const heads = list?.items.map((item) => withoutTrailingPointers(sentences(item)[0] ?? item));
  return (heads && heads.length >= 2 && headsThatFit(label, heads, MAX_BACK)) || keyPoint(body, MAX_BACK - 6, []);
}

// "**方式1：**转换为blob形式下载", "##### 方式二：手动修改", "Option 2: …": one of the fixes, each told at length.
const NAMED_WAY =
  /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?((?:方式|方法|办法|方案|option|way|solution)\s*[\d一二三四五六七八九十]{1,2})\s*(?:\*\*)?\s*[:：.]\s*(?:\*\*)?[ \t]*(.+)$/gim;

/** The fixes an answer tells one by one, each by its name and first sentence. */
function namedWays(body: string): string | null {
  const ways = [...body.matchAll(NAMED_WAY)].map(
    (m) => `${m[1]!.trim()}：${(sentences(m[2]!.replace(/\*\*/g, ""))[0] ?? m[2]!).trim()}`,
  );
  return ways.length >= 2 ? headsThatFit("", ways, MAX_BACK) : null;
}

// "it is possible to tune…", "set", "需要修改", "解决办法": words that say what to do.
const FIX_WORDS = String.raw`\b(?:try|set|setting|use|run|change|install|upgrade|update|add|remove|delete|check|make sure|ensure|disable|enable|export|tune|configure|restart|reinstall|increase|decrease|provide|execut\w*)\b|需要|请(?![求教假问])|可以|修改|设置|执行|安装|更新|升级|检查|删除|改为|解决|尝试|重启|配置|关闭|开启`;
const FIX = new RegExp(FIX_WORDS, "i");

// "try…", "consider playing on…", "you should…", "请…", "可以尝试": a sentence that tells the reader what to do.
// (Not "执行" alone: "非 root 用户执行了 …" tells a cause; not "you can", which often only says what is possible.)
const SAYS_WHAT_TO_DO =
  /(?<!\b(?:if|when|whenever|once) you )\btry\b|\b(?:consider|start by|make sure|ensure|double-check|you (?:should|need to|must|may want to|have to|will need to)|the (?:fix|solution|workaround) is|can be (?:solved|fixed|resolved|avoided|worked around) by)\b|可以通过[^。]{1,40}解决|^to (?:fix|solve|resolve|avoid|work around|get around)\b|\byou(?:'ll| will) need to\b|请(?![求教假问])|尝试|可以试试|建议|需要|应该|确保|解决(?:方法|办法|方案)|办法是|改为|改成|设置为|换成/i;

const CANNOT =
  /\b(?:you can(?:'t|not)|it(?:'s| is) not possible|there is no (?:known )?way|is not (?:possible|supported))\b|(?:目前|暂时|暂)?(?:不能|无法|不支持|做不到|不可以)/i;

const SAYS_TO_IGNORE = /可以?忽略|\b(?:can|may|it is safe to) (?:safely )?ignore\b/i;

const ORDERS = String.raw`(?:right|left|double)[- ]?click|use|run|set|add|install|upgrade|update|change|remove|delete|enable|disable|restart|reinstall|check|edit|open|download|switch|go to|increase|decrease|lower|hold|press|release|click|select|choose|disconnect|reconnect|connect|plug|unplug|reboot|replace|follow|wait|contact|report|submit|create|copy|move|rename|clear|turn (?:on|off)|type|enter|launch|verify|place|put|apply|reset|uninstall|downgrade`;

// "To add it, use `0install add-feed`:", "Run `foo --bar`.": a sentence that opens with what to do.
const OPENS_WITH_AN_ORDER = new RegExp(String.raw`^(?:to [^,]{1,40},\s*)?(?:please\s+)?(?:${ORDERS})\b`, "i");

// "…you can run the command `restoreNoteRevision` from the command palette": with its code, an instruction.
const YOU_CAN_ORDER = new RegExp(String.raw`\byou can (?:${ORDERS})\b`, "i");

// A point with an instruction in any form ("…: hold BACK and LEFT", "需要修改", "set …") already answers what to do;
// an order word counts where a clause starts ("with every release" is no order).
const TELLS_WHAT_TO_DO = new RegExp(
  `${SAYS_WHAT_TO_DO.source}|(?:^|[,:;]\\s*|\\b(?:then|and)\\s+)(?:${ORDERS})\\b|${FIX_WORDS}`,
  "i",
);

// "Finally, you need to…", "Of course, you could…", "Therefore, as long as you…": a later step, an aside or a
// conclusion of the sentences before, not the remedy on its own.
const ASIDE =
  /^(?:finally|then|also|of course|next|lastly|besides|in addition|therefore|thus|hence|so\b|if (?:none of )?(?:this|that|it|these)\b|最后|然后|其次|另外|此外|当然|因此|所以|如果(?:还是|仍然|以上))/i;

function plainPoint(point: string): string {
  return proseText(point) || point;
}

// "这个问题有两种解决方法：", "Try one of the following:": the sentence that introduces the fixes.
const INTRODUCES_FIXES =
  /(?:解决|处理)(?:方法|办法|方案|思路)|(?:两|三|几|以下几|如下几)种(?:方法|办法|方式)|(?:可以|请)尝试|尝试以下|以下(?:方法|办法|操作)|\b(?:solutions?|workarounds?|fix(?:es)?|try (?:the following|these|one of))\b/i;

/** The list of fixes an answer introduces ("有两种解决方法：" and the items' heads), if it fits on a card. */
function fixListIn(answer: string, lists: AnswerList[]): string | null {
  const list = studyLists(answer, lists)[0];
  const listStart = /^[ \t]*(?:[-*+]|\d+[.)])\s/m.exec(answer)?.index ?? -1;
  const lead = list && listStart > 0 ? sentences(proseText(answer.slice(0, listStart))).at(-1) : undefined;
  // "常见问题：" over "- **编码问题**：确保输入使用 UTF-8": items that each say what to do are the fixes too.
  const itemsFix = list?.items.every((item) => TELLS_WHAT_TO_DO.test(splitTerm(item)?.definition ?? item));
  const introduced = lead !== undefined && (INTRODUCES_FIXES.test(lead) || itemsFix === true);
  if (list && lead && /[:：]\s*$/.test(lead) && introduced && list.items.length >= 2) {
    const heads = list.items.map((item) => withoutTrailingPointers(sentences(item)[0] ?? item));
    return headsThatFit(lead, heads, MAX_BACK);
  }
  return null;
}

// "训练脚本：" / "K3S_TOKEN: Defines…": a paragraph opening with a short label names one part of the answer.
const PART_OPENING = /^(?:\*\*)?([\p{L}\p{N}_\- ]{1,30}?)(?:\*\*)?\s*[:：][ \t]*(.*)$/u;
const NOT_A_PART =
  /^(?:例子|例如|示例|比如|注意|提示|说明|备注|e\.g|example|examples|note|notes|tip|warning|see|https?)$/i;

/**
 * "训练脚本：… 推理脚本：…", "K3S_TOKEN: Defines… K3S_AGENT_TOKEN: Optional…": a back holding one of an answer's
 * parallel parts answers only half; it gets every part, each by its first sentence, when they fit.
 */
function everyPart(question: string, answer: string, back: string): string {
  // "不用WebUI如何通过命令训练推理" over "训练脚本：/推理脚本：": the parts are the ones the question names.
  const parts = labelledParts(answer).filter((p) => namedIn(question, p.label));
  const opens = (label: string) => back.search(new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*[:：]`));
  const shown = parts.filter((p) => opens(p.label) >= 0);
  if (parts.length < 2 || shown.length === 0 || parts.every((p) => plainPoint(back).includes(p.text))) return back;
  const lead = back.slice(0, opens(shown[0]!.label)).trim();
  const lines = parts.map((p) => `${p.label}${CJK.test(p.label) ? "：" : ": "}${p.text}`);
  const whole = [lead, ...lines].filter(Boolean).join("\n");
  return shownLength(whole) <= MAX_BACK ? whole : back;
}

function namedIn(question: string, label: string): boolean {
  const asked = question.toLowerCase();
  const words = label
    .toLowerCase()
    .split(/[\s_\-]+/)
    .filter((w) => /^[a-z0-9]{3,}$/.test(w));
  const pairs = cjkPairs(label);
  return words.some((w) => asked.includes(w.slice(0, 5))) || pairs.some((pair) => asked.includes(pair));
}

function labelledParts(answer: string): { label: string; text: string }[] {
  const paragraphs = answer
    .replace(/^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm, "")
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const parts: { label: string; text: string }[] = [];
  paragraphs.forEach((paragraph, i) => {
    const found = PART_OPENING.exec(paragraph.split("\n")[0]!);
    const label = found?.[1]!.trim();
    if (!found || !label || NOT_A_PART.test(label) || SOLUTION_LABEL.test(label) || PART_LABEL.test(label)) return;
    const text = found[2]!.trim() || (paragraphs[i + 1] ?? "");
    // "Optional. Defines the key…": a one-word sentence says too little without the next one.
    const [first, second] = sentences(proseText(text));
    if (first) parts.push({ label, text: visualLength(first) < 20 && second ? `${first} ${second}` : first });
  });
  return parts;
}

// "You can verify this by running `docker info`:", "检查 X 是否…": a check; "当我们…时，…如：": the case shown.
const CHECKS =
  /^(?:you can (?:verify|confirm|check)|to (?:verify|confirm)|verify that)\b|^可以通过[^，,。]{0,30}(?:验证|确认)/i;
// "请检查 `tsconfig.json` 中是否包含如下配置：": in a list of steps a check is a fix; after a shown case it only looks.
const LOOKS = /(?:检查|确认|验证)[^，,。]{0,40}是否/;
const SHOWS_OUTPUT = /\byou (?:should|will|would) see\b|(?:会|将)(?:看到|输出|显示)/i;
const SHOWS_THE_CASE = /(?:如|例如|比如|such as|for example|like this)\s*[:：]\s*$/i;

function checksOrShowsTheCase(point: string): boolean {
  const opening = point.trim().split("\n")[0]!.trim();
  if (/^(?:[-*+]|\d+[.)])\s/.test(opening)) return false; // a list of steps
  // "如果看到控制台有如下警告，且页面能正常打开 可以忽略该警告。": the case, and in the same sentence what to do.
  if (SAYS_TO_IGNORE.test(sentences(plainPoint(opening))[0] ?? "")) return false;
  return CHECKS.test(plainPoint(opening)) || SHOWS_THE_CASE.test(opening);
}

/** After a check or a shown case, the first sentence that says what to do, with the code it announces. */
function fixAfter(answer: string, point: string): string | null {
  const written = writtenSentences(answer);
  const opening = plainPoint(point.trim().split("\n")[0]!);
  const from = written.findIndex((x) => plainPoint(x) === opening || opening.startsWith(plainPoint(x)));
  for (const sentence of written.slice(from + 1)) {
    const plain = plainPoint(sentence);
    const looks = CHECKS.test(plain) || LOOKS.test(plain);
    if (!SAYS_WHAT_TO_DO.test(plain) || looks || EXAMPLE.test(plain) || POINTER_SENTENCE.test(plain)) continue;
    const back = /[:：]\s*$/.test(sentence) ? withWhatItAnnounces(sentence, answer) : sentence;
    if ((back !== sentence || !/[:：]\s*$/.test(sentence)) && shownLength(back) <= MAX_BACK) return back;
  }
  return null;
}

// "Just keep in mind a few things…:", "注意：": what follows is a caveat to the way, not the way itself.
const CAVEAT = /\b(?:keep in mind|bear in mind|note that|be aware)\b|注意(?:以下|事项)?[:：]|需要注意/i;

/** An instruction, unless a caveat stands between the point and it (then the point is the way). */
function instructionBeforeCaveats(answer: string, point: string): string | null {
  const instruction = instructionIn(answer, point);
  if (!instruction) return null;
  const pointEnd = answer.indexOf(point.trim().slice(-20));
  const at = answer.indexOf(instruction.trim().slice(0, 20));
  if (pointEnd >= 0 && at > pointEnd && CAVEAT.test(answer.slice(pointEnd, at))) return point;
  return instruction;
}

/** The answer's first sentence that tells the reader to do something, other than the point's own; not an example. */
function instructionIn(answer: string, point: string): string | null {
  const shown = plainPoint(point);
  const written = writtenSentences(answer);
  const balanced = (x: string) =>
    (x.match(/\(/g) ?? []).length === (x.match(/\)/g) ?? []).length &&
    (x.match(/\[/g) ?? []).length === (x.match(/\]/g) ?? []).length;
  return (
    written.find(
      (s) =>
        SAYS_WHAT_TO_DO.test(plainPoint(s)) &&
        !shown.includes(plainPoint(s)) &&
        !EXAMPLE.test(plainPoint(s)) &&
        !ASIDE.test(plainPoint(s)) &&
        !/[:：]\s*$/.test(s) &&
        !/^[（(]?\d{1,2}[）).、]/.test(s) && // "（2）…": a later case of a numbered answer
        !/^\**[^，,。：:\s*]{1,12}\**\s*[:：]/.test(s) && // "**Warning**：…", "注意：…": a labelled note
        balanced(s) &&
        !DANGLING_END.test(s) &&
        !POINTER_SENTENCE.test(plainPoint(s)) &&
        visualLength(s) <= MAX_BACK,
    ) ?? null
  );
}

// "The main delay comes from starting two JVMs.", "这是由于图片预处理不同造成的": the point says why, not what to do.
const STATES_CAUSE =
  /\b(?:comes? from|is caused by|are caused by|because|due to|the (?:main )?reason)\b|由于|因为|原因(?:是|在于)|造成的|导致的/i;

/**
 * A remedy asked for, and a point that only gives the cause: the sentence after it, which usually turns
 * to what people do about it ("Most people keep a single REPL running…"), goes with it when both fit.
 */
function withRemedyAfterCause(point: string, answer: string): string {
  const withCode = withCodeAfter(point, answer);
  if (withCode !== point || /\n/.test(point.trim()) || !STATES_CAUSE.test(plainPoint(point))) return withCode;
  const [next] = sentencesAfter(point, answer);
  if (!next || /[?？:：]\s*$/.test(next) || POINTER_SENTENCE.test(plainPoint(next)) || DANGLING_END.test(next))
    return point;
  return withSentence(point, next);
}

/**
 * "It's possible to have your project compile SDL2 from source." then "To do so, specify your dependency like this:" and
 * the code: a sentence saying it can be done goes with the one saying how, and its code.
 */
function withHowItIsDone(point: string, answer: string): string {
  if (/\n/.test(point.trim())) return point;
  const written = writtenSentences(answer);
  const at = written.findIndex((x) => plainPoint(x).trim() === plainPoint(point).trim());
  const next = at >= 0 ? written[at + 1] : undefined;
  if (!next || !DOING_SO.test(next) || !/[:：]\s*$/.test(next)) return point;
  const both = withWhatItAnnounces(followedBy(point, next), answer);
  return /`{3}|~{3}/.test(both) ? both : point;
}

const DOING_SO = /^(?:to do (?:so|this|that)|for (?:this|that)|为此|具体(?:做法|方法|步骤)是?|方法是|做法是)/i;

/**
 * A cause whose fix is only shown in code ("notifd.notifications // [!code --]" then the call that replaces it):
 * the cause with the code block after it, when both fit; a quoted error log is no fix.
 */
function withCodeAfter(point: string, answer: string): string {
  if (/\n/.test(point.trim())) return point;
  // The code must follow the point right away: not be the log the answer opens with, nor the "from this:" before a fix.
  const end = plainPoint(point).replace(/\s+/g, " ").trim().slice(-15);
  // (The text since the block before, not the whole answer: an answer of many blocks stays linear.)
  let from = 0;
  const found = [...answer.matchAll(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\1[ \t]*$/gm)].find((block) => {
    const before = proseText(answer.slice(from, block.index)).replace(/\s+/g, " ").trim();
    from = block.index + block[0].length;
    return before.endsWith(end);
  });
  if (!found || /(?:Error|Exception|Traceback|ERROR|FATAL)\b/.test(found[0])) return point;
  const code = found[0];
  const back = `${point.trim()}\n\n${code}`;
  return visualLength(back) <= MAX_BACK ? back : point;
}

/**
 * A topic heading ("Environment variables") whose answer opens with a framing sentence ("JavaScript is not bash")
 * and names the topic later where it says what to use ("You can read environment variables using `GLib.getenv`"):
 * that sentence is the point.
 */
function sentenceOnTopic(entry: CardSource, point: string): string | null {
  if (entry.kind !== "topic" || PROBLEM.test(entry.question) || CJK.test(entry.question)) return null;
  const stems = (entry.question.toLowerCase().match(/[a-z]{4,}/g) ?? []).map((w) => w.slice(0, 5));
  const names = (x: string) => stems.length > 0 && stems.every((stem) => x.toLowerCase().includes(stem));
  if (names(plainPoint(point))) return null;
  const said = writtenSentences(entry.answer).find(
    (x) => names(x) && (/`[^`\n]+`|\]\(/.test(x) || FIX.test(x)) && !/\b(?:don'?t|do not|never)\b/i.test(x),
  );
  return said ? withoutLinks(said) : null;
}

/** Sentences as written (`code` kept), from the answer's paragraphs and list items, without code blocks or tables. */
/** Two sentences as one text: a space between them unless the second is Chinese. */
function followedBy(first: string, second: string): string {
  return `${first.trim()}${CJK.test(second[0] ?? "") ? "" : " "}${second}`;
}

/** The answer's sentences after the one `point` ends with (none when it ends with none of them). */
function sentencesAfter(point: string, answer: string): string[] {
  const written = writtenSentences(answer);
  const end = plainPoint(point).trim().slice(-20);
  const at = written.findIndex((x) => plainPoint(x).trim().endsWith(end));
  return at < 0 ? [] : written.slice(at + 1);
}

/** The back followed by one more sentence of the answer (links as their words), when both fit. */
function withSentence(back: string, sentence: string): string {
  const both = followedBy(back, withoutLinks(sentence));
  return visualLength(both) <= MAX_BACK ? both : back;
}

function withoutLinks(text: string): string {
  return text.replace(/\[([^\]]+)\]\([^)]*\)/g, "$1");
}

// Several rules read an entry's sentences; each answer is split once.
const writtenSentences = memoized(splitWrittenSentences);

function splitWrittenSentences(answer: string): string[] {
  return answer
    .replace(/^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm, "")
    .split(/\n(?=[ \t]*(?:\n|[-*+]\s|\d+[.)]\s|[|#>]))/)
    .filter((block) => !/^\s*[|#]/.test(block))
    .map((block) => block.replace(/^\s*(?:>\s*)*(?:[-*+]|\d+[.)])?\s*/, "").replace(/\s*\n\s*/g, " "))
    .flatMap((block) => sentences(block));
}

// "…you can trigger a rebuild by re-creating the last commit and force pushing it:" and the code under it.
const ANNOUNCED_CODE =
  /(?:^|\n)([^\n]*[^\s:：][:：])[ \t]*\n(?:[ \t]*\n)?((`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\3)[ \t]*(?:\n|$)/;

/** A how-to's first code block and the sentence announcing it, when that comes before any other command. */
// "Let's take the following two documents:", "Suppose we have:": the code sets up the example the answer works on.
const SETS_UP = /^(?:let'?s (?:take|say|assume|consider|start with)|suppose|assume|given)\b|^(?:假设|假如|给定)/i;

/**
 * "First update Homebrew itself:⏎⏎    brew update⏎⏎Upgrade everything with:⏎⏎    brew upgrade": a how-to told as
 * commands each announced by its sentence. The first alone stops before the answer; all of them, one line each, fit.
 */
function announcedCommands(answer: string): string | null {
  const blocks = answer.trim().split(/\n[ \t]*\n/);
  const steps: string[] = [];
  for (const [i, block] of blocks.entries()) {
    const fenced = /^[ \t]*(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n[ \t]*\1[ \t]*$/.exec(block);
    const indented = !fenced && block.split("\n").every((line) => /^(?: {4}|\t)/.test(line));
    if (!fenced && !indented) continue;
    const lines = (fenced ? fenced[2]! : block)
      .split("\n")
      .filter((line) => line.trim() && !/^\s*(?:#|\/\/)(?!!)/.test(line));
    const lead = i > 0 ? sentences(proseText(blocks[i - 1]!)).at(-1) : undefined;
    if (lines.length !== 1 || !lead || !/[:：]$/.test(lead) || lines[0]!.includes("`")) return null;
    steps.push(`- ${lead} \`${lines[0]!.trim()}\``);
  }
  const back = steps.join("\n");
  return steps.length >= 2 && visualLength(back) <= MAX_BACK ? back : null;
}

const STEP_LINE = /^\d{1,2}[.)][ \t]+\S/;

/**
 * "On macOS, Ollama runs in the background…⏎⏎1. Click the menubar icon…⏎2. Open a terminal and run:⏎```…```": a how-to
 * whose opening paragraph is background and whose numbered steps are the answer. The steps, with their code, are the back.
 */
/** The lines of the answer's first run of numbered steps, with their indented text; empty when it has none. */
function firstStepRun(answer: string): string[] {
  const lines = answer.trim().split("\n");
  const start = lines.findIndex((line) => STEP_LINE.test(line));
  if (start < 0) return [];
  const run: string[] = [];
  for (const line of lines.slice(start)) {
    if (line.trim() && !STEP_LINE.test(line) && !/^[ \t]/.test(line)) break;
    run.push(line);
  }
  return run;
}

function numberedSteps(answer: string): string | null {
  const steps = firstStepRun(answer);
  if (steps.length === 0) return null;
  const indent = Math.min(...steps.filter((l) => /^[ \t]+\S/.test(l)).map((l) => /^[ \t]*/.exec(l)![0].length), 3);
  const list = steps
    .map((line) => (STEP_LINE.test(line) ? line : line.slice(Math.min(indent, /^[ \t]*/.exec(line)![0].length))))
    .join("\n")
    .replace(/(?<!!)\[([^\]\n]+)\]\([^)\n]*\)/g, "$1")
    .trim();
  if (steps.filter((line) => STEP_LINE.test(line)).length < 2) return null;
  // "…it will pass them to either:" over "1. A database…" "2. The JSON Web Token callback…": ways to choose from,
  // which say nothing without the sentence announcing them.
  const lead = leadInOf(answer, steps[0]!);
  if (!lead || !ALTERNATIVES.test(lead)) return visualLength(list) <= MAX_BACK ? list : null;
  for (const back of [`${lead}\n\n${list}`, withoutBracketedAsides(`${lead}\n\n${list}`)])
    if (visualLength(back) <= MAX_BACK) return back;
  return null;
}

/** The line right before `firstLine` when it ends announcing it ("…to either:"), links as their words. */
function leadInOf(answer: string, firstLine: string): string | null {
  const before = answer.slice(0, answer.indexOf(firstLine)).trimEnd().split("\n").at(-1)?.trim() ?? "";
  return /[:：]$/.test(before) ? withoutLinks(before) : null;
}

/**
 * "1. Start a 'Command Prompt'⏎2. 'cd' to where you've stored KMonad, like this:⏎```cd "C:\…"```⏎NOTE: …⏎3. Run the
 * `kmonad` command…": steps whose list an unindented code block or note broke in two, the numbering going on. Every step
 * is the back, each cut to its first sentence when the whole does not fit, the code a step announces kept where it fits.
 */
function stepsAcrossInterruptions(answer: string): string | null {
  const lines = answer.trim().split("\n");
  const steps: { lines: string[]; code: string[] }[] = [];
  let fence: string | null = null;
  let inStep = false;
  let capturing = false;
  for (const line of lines) {
    const current = steps.at(-1);
    if (fence !== null) {
      if (capturing) current?.code.push(line.trim());
      if (line.trim().startsWith(fence)) fence = null;
      continue;
    }
    const opens = /^[ \t]*(`{3,}|~{3,})/.exec(line);
    if (opens) {
      fence = opens[1]!;
      // Only the code right under a step is its own; later examples ("This will print the help:") are not.
      capturing = inStep && current !== undefined && current.code.length === 0;
      if (capturing) current!.code.push(line.trim());
      continue;
    }
    const number = STEP_LINE.test(line) ? /^\d+/.exec(line) : null;
    if (number) {
      if (Number(number[0]) !== steps.length + 1) break;
      steps.push({ lines: [line.trim()], code: [] });
      inStep = true;
      continue;
    }
    if (/^#{1,6}\s/.test(line) && steps.length > 0) break;
    if (/^[ \t]+\S/.test(line) && inStep && current) current.lines.push(line.trim());
    else if (line.trim()) inStep = false;
  }
  // Every numbered line of the answer is one of these steps, and more of them than the first unbroken run.
  const numbered = (lines: string[]) => lines.filter((line) => STEP_LINE.test(line)).length;
  if (steps.length < 2 || steps.length !== numbered(lines) || numbered(firstStepRun(answer)) >= steps.length)
    return null;
  // A step's own sub-list ("    * cp …war ${tomcat-dir}/webapps/ROOT.war") stays a sub-list.
  const text = (step: { lines: string[] }) =>
    step.lines
      .map((line, i) => (i === 0 ? line : /^(?:[-*+]|\d+[.)])\s/.test(line) ? `\n   ${line}` : ` ${line}`))
      .join("");
  const first = (step: { lines: string[] }) => {
    const [, number, body] = /^(\d{1,2}[.)])[ \t]+([\s\S]*)$/.exec(text(step))!;
    const sentence = sentences(body!)[0] ?? body!;
    return `${number} ${sentence.replace(/\s*[(（][^()（）]*[)）]\s*(?=[.。]?$)/, "")}`;
  };
  const withCode = (head: (step: { lines: string[] }) => string) =>
    steps.map((step) =>
      /[:：]$/.test(head(step)) && step.code.length ? `${head(step)}\n\n${step.code.join("\n")}\n` : head(step),
    );
  const withoutCode = (head: (step: { lines: string[] }) => string) =>
    steps.map((step) => head(step).replace(/[,，]?\s*(?:like this|as follows|如下)?\s*[:：]$/i, ""));
  return (
    [withCode(text), withCode(first), withoutCode(first)]
      .map((parts) =>
        parts
          .join("\n")
          .replace(/\n{3,}/g, "\n\n")
          .trim(),
      )
      .find((back) => visualLength(back) <= MAX_BACK) ?? null
  );
}

function commandItAnnounces(answer: string): string | null {
  for (const found of answer.matchAll(new RegExp(ANNOUNCED_CODE.source, "g"))) {
    if (/`[^`\n]+`/.test(answer.slice(0, found.index))) return null;
    const sentence = sentences(found[1]!.trim()).at(-1);
    // "code from this:" is the tail of a sentence cut at an abbreviation, no sentence of its own.
    if (!sentence || /^[a-z]/.test(sentence) || /^[-*+|#>]|^\d+[.)]\s/.test(found[1]!.trim())) return null;
    // "例如，你可以通过下面的命令检查…：" shows an illustration, not the command that answers.
    if (EXAMPLE.test(sentence) || SETS_UP.test(sentence)) return null;
    // "You can verify this by running docker info, and you should see the following:": a check's output; the fix comes later.
    if (CHECKS.test(sentence) || SHOWS_OUTPUT.test(sentence)) continue;
    // Comment lines explain the commands; when the card is short of room, the commands are what to recall.
    const code = found[2]!;
    const commands = code.replace(/^[ \t]*(?:#|\/\/)(?!!).*\n/gm, "");
    return [code, commands].map((c) => `${sentence}\n\n${c}`).find((back) => visualLength(back) <= MAX_BACK) ?? null;
  }
  return null;
}

// Without a link, a sentence is a pointer only when it says it is ("查看错误信息" is an instruction).
const MORE_INFO =
  /了解|更多|详情|详细|文档|for more|for details|to learn more|please (?:write|contact|let us know|reach|e-?mail)/i;

/** A back that is one list item ("- 原因：显卡型号不支持…") is its text; a list of one is no list. */
function withoutListMarker(back: string): string {
  // "1. 需要在引导类中添加 …" alone: a number with no second item suggests steps that are missing.
  return /^[ \t]*(?:[-*+]|1[.)])[ \t]+[^\n]+$/.test(back.trim())
    ? back.trim().replace(/^[ \t]*(?:[-*+]|1[.)])[ \t]+/, "")
    : back;
}

const POINTER_ITEM =
  /^[^，,。；;\n]{0,8}?(?:请|可以?)?(?:参考|参见|参阅|详见|查看)|^(?:for (?:more|details)[^,]*,\s*)?(?:please\s+)?(?:see|refer to|check out)\b/i;

/** The back without the pointers at its end ("See the docs for more."), when something is left. */
export function withoutTrailingPointers(back: string): string {
  const paragraphs = back.trim().split(/\n[ \t]*\n/);
  for (;;) {
    // "（需要帮助？请参阅[《如何更改 DNS》](…)）": an aside in brackets that points elsewhere goes whole.
    const aside = /\s*[（(]((?:[^（()）]|\([^()]*\))*)[）)]\s*$/.exec(paragraphs.at(-1)!);
    if (
      aside &&
      aside.index > 0 &&
      /\]\(|https?:\/\//.test(aside[1]!) &&
      /参阅|参考|参见|查看|详见|\bsee\b|\brefer/i.test(aside[1]!)
    )
      paragraphs[paragraphs.length - 1] = paragraphs.at(-1)!.slice(0, aside.index);
    const last = paragraphs.at(-1)!;
    // "3. 以上规则请参考[相关介绍](…)。": a list's last item that only points elsewhere goes whole.
    const lines = last.split("\n");
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(lines.at(-1)!)?.[1] ?? "";
    if (
      lines.length > 1 &&
      POINTER_ITEM.test(item) &&
      (/\]\(|https?:\/\//.test(item) ? visualLength(item) <= 80 : visualLength(item) <= 30)
    ) {
      paragraphs[paragraphs.length - 1] = lines.slice(0, -1).join("\n");
      continue;
    }
    if (/^\s*(?:[-*+|>]|\d+[.)]|`{3}|~{3})/.test(last)) break;
    const parts = last.split(/(?<=[。！？!?]|\.(?=\s))\s*/).filter((x) => x.trim());
    const tail =
      parts
        .at(-1)
        ?.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
        .trim() ?? "";
    const linked = /\]\(|https?:\/\/|#\d+/.test(parts.at(-1)!);
    // "参考: 下载。" whose link went before: a pointer by its label alone.
    const labelled =
      /^(?:参考|参见|详见|相关链接|see also|references?)\s*[:：]/i.test(tail) && visualLength(tail) <= 40;
    if (!POINTER_SENTENCE.test(tail) || (!linked && !labelled && !MORE_INFO.test(tail)) || visualLength(tail) > 160)
      break;
    if (paragraphs.length === 1 && parts.length === 1) break;
    if (parts.length === 1) paragraphs.pop();
    else paragraphs[paragraphs.length - 1] = last.slice(0, last.lastIndexOf(parts.at(-1)!)).trimEnd();
  }
  return paragraphs.join("\n\n");
}

/**
 * A heading that asks nothing ("Connection Error.", "KWin compositor crashes", "IE 兼容性") gets a
 * prompt: what to do about it when it names a problem, else to explain it.
 */
function basicFront(entry: CardSource, t: (typeof cardTemplates)[ContentLanguage]): string {
  if (entry.kind === "question" && isPhrasedAsQuestion(entry.question)) return withContext(entry);
  // "But what about kernel bugs? Zero Install is still vulnerable then!" asks its question itself.
  if (/[?？]\s/.test(entry.question)) return entry.question;
  // "Explain: Blank preview when running the app" says nothing of what it is about: the deck's title does.
  const about = contextOf(entry) ?? "";
  if (PROBLEM.test(entry.question)) return t.fixProblem(entry.question, about);
  // "一个图床设置多个信息" answered "不能。…": a yes/no question written as a heading; "explain" would not ask it.
  return VERDICT.test(entry.answer.trim().replace(/^\*\*/, ""))
    ? t.askIfPossible(entry.question, about)
    : t.explainTopic(entry.question, about);
}

const ASKS_WHAT_IT_IS =
  /^(?:what(?:'s| is| are)\b|什么是|介绍一下|解释一下|简述)|是什么[?？]?$|是啥[?？]?$|的?(?:机制|原理|概念)[?？]?$/i;

// "How can I donate?", "如何赞助？": how to give the project money is nothing to recall.
const ASKS_FOR_MONEY = /\b(?:donat\w*|sponsor\w*|patreon|buy (?:me|us) a coffee)\b|捐赠|捐助|赞助|打赏|请.{0,4}喝咖啡/i;

// "Does it convert between numerical types?", "支持多主键？": a question that leans on the page around it.
const LEANS_ON_CONTEXT_EN =
  /^(?!is it (?:possible|safe|ok|okay|normal|necessary|recommended)\b)(?:does|do|is|are|can|could|will|would|should|why|how|what|when|where|which)\b[^?]*\b(?:it|its|they|them)\b/i;
const LEANS_ON_CONTEXT_ZH =
  /^(?:它|该|其|这些|那些|这个|那个)|^(?:支持|是否|能否|可否|能不能|会不会|有没有)[^A-Za-z]{0,8}[?？]?$/;

// Words of a title that name no product ("eBPF 与 XDP 常见问题" names eBPF and XDP).
const GENERIC_TITLE_WORDS =
  /^(?:faqs?|frequently|asked|questions?|answers?|and|the|help|guide|troubleshooting|docs|documentation|manual|support|feedback|常见问题|常见|问题|问答|解答|疑问|汇总|反馈|帮助|文档|指南|说明|手册|教程|排错|故障排除)$/i;

/**
 * The question after the deck's title when it names nothing the title names ("How can I get results in a
 * consistent order?" in the ripgrep FAQ), with the section too when it leans on it ("Does it convert…?").
 */
function withContext(entry: CardSource): string {
  const context = contextOf(entry);
  return context ? `${context}${CJK.test(entry.question) ? "：" : ": "}${entry.question}` : entry.question;
}

/** The deck's title (and section, when the question leans on it) for a question that names nothing the title names. */
function contextOf(entry: CardSource): string | null {
  const { question, deck, topic } = entry;
  const names = (deck ?? "")
    .split(/[\s·:：,，、/&+()（）]+|(?<=[\u4e00-\u9fff])(?=[A-Za-z])|(?<=[A-Za-z])(?=[\u4e00-\u9fff])|与|和|及/)
    .map((word) => word.toLowerCase())
    .filter(
      (word) =>
        // ("0install" is a name too: a word with a letter in it, whatever it starts with.)
        (/^(?=[0-9.-]*[a-z])[a-z0-9][a-z0-9.-]{2,}$/.test(word) || /^[\u4e00-\u9fff]{2,}$/.test(word)) &&
        !GENERIC_TITLE_WORDS.test(word),
    );
  const asked = question.toLowerCase();
  if (names.length === 0 || names.some((word) => asked.includes(word))) return null;
  const leans = CJK.test(question) ? LEANS_ON_CONTEXT_ZH.test(question.trim()) : LEANS_ON_CONTEXT_EN.test(question);
  return leans && topic && `${deck} · ${topic}`.length <= 40 ? `${deck} · ${topic}` : deck!;
}

/** A heading or term that names a problem (an error, a failure, something missing): its answer is what to do. */
export const PROBLEM =
  /error|exception|warning|blank (?:page|screen|preview)|not (?:loading|showing)|白屏|无响应|(?:依然|仍然|还是|一直|总是)(?:提示|报)|fail|out of memory|\boom\b|内存不足|显存不足|crash|freez|hang|bugg?y\b|\bbugs?\b|stuck|glitch|\bwrong\b|\b(?:random|strange|weird|odd) (?:issues|problems|behaviou?r)\b|not work|doesn'?t|does not|do not|don'?t|isn'?t|is not|aren'?t|cannot|can'?t|unable|卡在|won'?t|broken|not found|missing|too slow|too much|leak|timing out|disappear|undefined|denied|refused|not responding|no such|blurry|报错|错误|异常|失败|(?<![常见相关其他更多])问题[\s?？]*$|过大|过慢|太大|太慢|不生效|没有?生效|没有?用|不起作用|无效|无法|不能|没法|崩溃|找不到|读取不到|获取不到|没反应|没有反应|不工作|卡住|卡死|乱码|不一致|不正确|丢失|泄漏|变慢/i;

// "New features and improvements are on the way!": a promise, nothing to recall.
const PROMISE =
  /^(?:new features?|more|updates?|improvements?)[^.!。！]{0,40}\b(?:are|is) (?:on the way|coming soon)\b|^stay tuned\b|敬请期待|持续更新中/i;

/**
 * "参考[#1560]", "Check out the [Why](…) section", "可以参考[定制主题](…)": an answer that only points
 * elsewhere has nothing to recall, so it makes no card (the entry stays in the deck, and the
 * report lists it). A verdict ("支持。请查阅…", "Yes. See…") or a link's own words ("Use [semantic
 * versioning](…)") are an answer.
 */
function onlyPointsElsewhere(answer: string, question: string): boolean {
  if (!/\]\(|https?:\/\/|<https?:|#\d+/.test(answer)) return false;
  const text = answer.replace(/!?\[([^\]]*)\]\([^)]*\)/g, " $1 ").replace(/<https?:[^>]+>|https?:\/\/\S+|#\d+/g, " ");
  const words = (t: string) => visualLength(t.replace(/[\p{P}\p{S}\s\d]/gu, ""));
  const outsideLinks = answer.replace(/!?\[[^\]]*\]\([^)]*\)|<https?:[^>]+>|https?:\/\/\S+/g, " ");
  if (words(outsideLinks) === 0) return true;
  if (onlyPointsForItsCase(text.trim())) return true;
  if (VERDICT.test(text.trim()) || !(POINTER_START.test(text.trim()) || FOUND_THERE.test(text))) return false;
  // "Check the following pages to learn how to schedule runs:" over "- [Windows scheduling](…)" "- [Linux …](…)".
  const [, ...after] = answer
    .trim()
    .split("\n")
    .filter((line) => line.trim());
  if (after.length >= 1 && after.every((line) => LINK_ITEM.test(line))) return true;
  // "可以参考[apollo-use-cases](…)项目中的[spring-cloud-logger](…)代码示例": names of what to read, nothing to recall.
  // "Please read our CONTRIBUTING guide for details on how to contribute": the question's own words say nothing more.
  const asked = new Set(
    question
      .toLowerCase()
      .match(/[a-z]{3,}/g)
      ?.map((w) => w.slice(0, 5)) ?? [],
  );
  const rest = outsideLinks
    .split("\n")
    .filter((line) => !PROMISE.test(line.trim()))
    .join("\n")
    .replace(POINTER_WORDS, " ")
    .replace(/[A-Za-z]{3,}/g, (w) => (asked.has(w.toLowerCase().slice(0, 5)) ? " " : w));
  return words(rest) < 12;
}

// "…如果出于方便管理的目的，希望Eureka替换为zookeeper的情况，可以参考[…贡献的改造步骤](…)", "If you want to
// replace it, see [this post](…).": one sentence whose only instruction is where to read, after the case it is for.
const CASE_CLAUSE = /如果|若|如需|希望|想要|\bif you (?:want|need|wish|would like)\b|\bin case\b/i;
const POINTER_CLAUSE_START =
  /^\s*(?:(?:you )?(?:can|could|may)\s+|please\s+)?(?:可以|可|请)?(?:参考|参见|详见|查看|查阅|参阅|(?:see|refer to|check(?: out)?|read|follow)\b)/i;
const INSTRUCTION =
  /需要|须|应该|应当|执行|运行|设置|修改|添加|安装|加一|改为|\b(?:need|must|should|set|add|install|change|edit)\b/i;

function onlyPointsForItsCase(text: string): boolean {
  if (/[。.!！?？]\s*\S/.test(text.replace(/[。.!！]\s*$/, ""))) return false;
  const clauses = text.split(/[，,]/);
  if (clauses.length < 2 || !POINTER_CLAUSE_START.test(clauses.at(-1)!)) return false;
  const condition = clauses.findLastIndex((clause, i) => i < clauses.length - 1 && CASE_CLAUSE.test(clause));
  return condition >= 0 && !clauses.slice(condition + 1, -1).some((clause) => INSTRUCTION.test(clause));
}

// "解决方法同上", "Same as above.": the answer is another entry's.
const SAME_AS_ABOVE =
  /^(?:(?:解决|处理)?(?:方法|办法|方案|原因|答案|步骤)?(?:同上|如上|见上(?:文|面)?|参考上(?:一|面的?)(?:条|个问题|问题)?)[。.]?|(?:the )?same as (?:above|the previous (?:one|question))\.?|see above\.?)$/i;

// "相关问题请参考[文档]", "RGA相关问题请参考…", "更多信息请查看…": a lead naming what is elsewhere, then the pointer.
const POINTER_START =
  /^(?:[^，,。\[\s]{0,12}?(?:相关|更多|其他|详细)[^，,。\[]{0,6}?[，,]?\s*)?(?:可以|请)?(?:参考|参见|详见|查看|查阅|参阅|阅读|看|见|关注)|^(?:这里|此处|那里)有(?:详细|更多)?的?(?:解释|说明|介绍|信息|讨论)|^(?:there is|there's|you'll find)\s+(?:a\s+)?(?:(?:detailed|more|full)\s+)?(?:explanation|description|discussion|answer)\s+(?:here|there|in|at)\b|^(?:please\s+)?(?:see|check|read|refer|reference|consult|visit|follow the (?:[\w-]+ ){0,2}(?:instructions|steps|guide)|use the (?:guidance|instructions|steps) (?:(?:that is |that are )?(?:outlined|described|given) )?in\b|join us|chat with us|talk to us|ask us|contact us|reach (?:out to )?us)\b|^(?:请|欢迎)?(?:加入|联系)(?:我们|官方)?(?:的)?(?:QQ|微信|交流|讨论|用户)?群?|^(?:this|it)\s+(?:has\s+(?:now\s+)?been|is(?:\s+now)?)\s+(?:documented|described|explained|covered)\b/i;

// "All the information … can be found [here](…)", "you can find it [here](…)": where it is, not what it says.
const FOUND_THERE =
  /\b(?:can|could) be found\s+(?:here|there|on|in|at)\b|\byou (?:can|will) find (?:it|them|this|that|all|more)\b/i;

const LINK_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[^\]\n]+\]\([^)\n]*\)[ \t]*[.。]?$/;

const VERDICT =
  /^(?:是|不是|支持|不支持|暂不支持|可以|不可以|能|不能|会|不会|有|没有|yes|no|not)(?=[\s,，。.!！:：*]|$)/i;

const POINTER_WORDS =
  /可以|关注|不定时更新|这里有|此处有|详细解释|解释|可|请(?![求教假问])|参考|部分|内容|章节|小节|一节|相关|参见|详见|查看|查阅|见|看|为此|撰写的?|博客|文章|一篇|这篇|链接|文档|官方|教程|项目|中的|代码|示例|例子|了解|更多|信息|详情|交流|讨论|加入|群|社区|\b(?:join|us|discuss|chat|talk|ask|contact|discord|slack|gitter|telegram|matrix|community|server|channel|and|all|can|be|found|find|you|it|there|full|see|visit|latest|updates?|refer(?: to)?|reference|with|instructions?|check(?: out)?|read|the|docs?|documents?|documentation|here|links?|this|that|for|more|information|details|detailed|info|please|at|in|on|our|issues?|comments?|section|page|wiki|guide|list|tutorial|how|to|about|documented|described|explained|covered|has|been|now|is|its|own|an?|explanations?|descriptions?|following|if|using|instead|re|instructions|steps|follow|use|guidance|outlined|article)\b/gi;

const ANNOUNCES = /(?:following|below|如下|以下)[^。.!?！？]{0,60}[:：.]?$|[:：]$/i;
const NEXT_BLOCK =
  /^\s*\n(?:\s*<!--.*-->\s*\n)?((`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\2[ \t]*|(?:[ \t]*(?:[-*+]|\d+[.)])\s.*(?:\n|$))+|(?:(?: {4}|\t).*(?:\n|$))+)/;

/**
 * A point ending on "set the following:" or "执行如下代码：" gets what it announces (the code block
 * or list right after it) when both fit on a card; alone it would answer nothing.
 */
function withWhatItAnnounces(point: string, answer: string): string {
  if (point === answer || !ANNOUNCES.test(point.trim())) return point;
  const tail = point.trim().slice(-12);
  const at = answer.indexOf(tail);
  if (at < 0) return point;
  // The point may stop short of its sentence's end (", then reload:"): the rest of that line comes too.
  const rest = answer.slice(at + tail.length);
  const lineEnd = rest.indexOf("\n");
  const sentenceRest = lineEnd < 0 ? "" : rest.slice(0, lineEnd).trimEnd();
  const block = lineEnd < 0 || visualLength(sentenceRest) > 80 ? null : NEXT_BLOCK.exec(rest.slice(lineEnd));
  if (!block) return point;
  const back = `${point.trim()}${sentenceRest}\n\n${block[1]!.replace(/\s+$/, "")}`;
  return visualLength(back) <= MAX_BACK ? back : point;
}

type Cloze = { front: string; back: string };

const ACRONYM = /\b([A-Z][A-Za-z0-9]{1,9})\s*[（(]\s*([A-Za-z][A-Za-z -]{3,60}?)\s*[）)]/g;
const NUMBER_WITH_UNIT =
  /(?<!第\s?)(\d+(?:\.\d+)?)\s*(字节|KB|MB|GB|TB|KiB|MiB|GiB|ms|毫秒|微秒|纳秒|秒|分钟|小时|天|次|个|位|条|倍|%|bytes?|bits?|seconds?|minutes?|hours?|days?|times)/g;
// "三种", "四次"; not "第一次", "一次性" or "两个", which are no count worth recalling.
const CHINESE_COUNT = /(?<!第)([三四五六七八九十])[次种步层个](?!性)/g;
const ZH_DEFINITION = /^([^，,。：:；;（(]{2,16}?)(是一种|是一个|是一类|是指|指的是)(.{4,60}?)[。]?$/;
// "eBPF终归是…": the subject ends in an adverb, so blanking it would blank half a thought.
const HEDGED_SUBJECT = /(终归|其实|也|都|就|还|本身|通常|主要|实际上|并不|不)$/;
const EN_DEFINITION = /^([A-Z][\w -]{1,40}?) (is|are) (an?|the) (.{4,120}?)\.?$/;
const EXAMPLE = /^(?:for (?:example|instance)|e\.g\.|say,|suppose|imagine|例如|比如|譬如|假设|假如|举个例子)/i;
/** Words of context a cloze needs besides its blank, so that it asks something ("[…] 秒:" does not). */
const MIN_CLOZE_CONTEXT = 12;

/** Cloze deletions for crisp facts: acronym expansions, numbers with units, short definitions. */
// "在集群模式下，", "In cluster mode, ": the case a sentence opens with.
const SCOPE_CLAUSE =
  /^(?:在[^，,。；;]{1,20}(?:下|中|时|里|上)|对于[^，,。；;]{1,20}|(?:in|on|for|under|with|when using) [^,.;]{1,40})[，,]\s*/i;

export function clozesFor(text: string): Cloze[] {
  const clozes: Cloze[] = [];
  const seen = new Set<string>();
  const push = (front: string, back: string) => {
    if (seen.has(back) || front === back || visualLength(front) > 160) return;
    // The number blanked still shows elsewhere ("1G … to […]GB"), or the items counted are listed
    // right there ("HIGHEST、HIGH、… […]种级别"): the front gives its own answer away.
    if (/^\d+(?:\.\d+)?$/.test(back) && new RegExp(`(?<![\\d.])${back.replace(".", "\\.")}(?![\\d.])`).test(front))
      return;
    if (/^[三四五六七八九十\d]+$/.test(back) && (front.replace(SCOPE_CLAUSE, "").match(/[、,，]/g) ?? []).length >= 2)
      return;
    // Among other figures ("70-[…]%", "（[…]%+10%）", "16 KB 页内可存约 […] 条") a number is a guess, not a fact.
    if (/^[\d.三四五六七八九十]+$/.test(back) && /\d/.test(front.replace(BLANK, ""))) return;
    if (/\S {2,}\S/.test(front)) return; // inline code or a link was cut out of the sentence here
    if (/\b(?:that|this|those|these|the same) \[…\]/i.test(front)) return; // "that […]MB": a figure given before
    if (/^[a-z]+[\s,]/.test(front) && !CJK.test(front)) return; // "running the latest build…": a clause without its subject
    if (/^(?:它|其|该|这|那|此)/.test(front)) return; // "它使用了旧版本的 Api…": whose, the card does not say
    // A clause that opens a numbered list ("有[…]种方案：（1）…") gives its own answer away.
    if (/[（(]\s*\d+\s*[）)]/.test(front) || optionTextProblem(front, 400) === "cut mid-phrase") return;
    // A label or a bare unit ("[…] 秒:") gives nothing to recall the number from.
    if (
      /[:：]\s*$/.test(front) ||
      visualLength(front.replace(BLANK, "").replace(/[\p{P}\s\d]/gu, "")) < MIN_CLOZE_CONTEXT
    )
      return;
    seen.add(back);
    clozes.push({ front, back });
  };
  for (const sentence of sentences(text)) {
    // An expansion names the acronym: "XDP（eXpress Data Path）", not "Perfecto (who specializes in …)".
    for (const m of sentence.matchAll(ACRONYM))
      if (isExpansion(m[1]!, m[2]!))
        push(stripLeadIn(clauseAround(sentence, m.index!, m[0].length)).replace(m[2]!, BLANK), m[2]!);
  }
  for (const sentence of sentences(text)) {
    // "For example, if foo takes 1MB…": the number of an illustration is no fact to recall.
    if (EXAMPLE.test(sentence.trim())) continue;
    for (const pattern of [NUMBER_WITH_UNIT, CHINESE_COUNT]) {
      for (const m of sentence.matchAll(pattern)) {
        const clause = clauseAround(sentence, m.index!, m[0].length);
        const number = m[1]!;
        // "Increasing the limit to 1GB…": a lone digit is an example's round value, not a fact to recall.
        if (/^\d$/.test(number) && !CJK.test(m[0])) continue;
        push(withScope(sentence, stripLeadIn(clause).replace(m[0], m[0].replace(number, BLANK))), number);
      }
    }
  }
  for (const sentence of sentences(text)) {
    const zh = ZH_DEFINITION.exec(sentence);
    // "PicGo 在 Mac 上是一个顶部栏应用": a subject with a place ("在…上") is a situation, not a term to recall.
    if (
      zh &&
      !HEDGED_SUBJECT.test(zh[1]!) &&
      !PRONOUN_ZH.test(zh[1]!) &&
      !/^(这里|那里|此处)$/.test(zh[1]!) &&
      !/在.+[上中里下内]$/.test(zh[1]!.trim()) &&
      // "因为系统默认是…": a clause, not a subject.
      !/^(?:因为|由于|所以|如果|但是|而且|并且|因此|而)/.test(zh[1]!.trim())
    )
      push(`${BLANK}${zh[2]}${zh[3]}`, zh[1]!.trim());
    const en = EN_DEFINITION.exec(sentence);
    // The subject must be a name ("A map", "The verifier"), not a clause ("Be careful as this").
    if (
      en &&
      /^(?:(?:The|A|An) )?[A-Z][\w-]*(?: [A-Za-z][\w-]*)?$/.test(en[1]!.trim()) &&
      !/\b(it|this|that|these|those|there|here|which|what|as|if|be)\b/i.test(en[1]!) &&
      // "The following is a short list": a function phrase, nothing to recall.
      !/\b(following|above|below|next|former|latter|rest|same|other|others|first|last|one|reason|answer|result|list|example|problem|issue)\b/i.test(
        en[1]!,
      )
    ) {
      push(`${BLANK} ${en[2]} ${en[3]} ${en[4]}`, en[1]!.trim());
    }
  }
  return clozes;
}

function isExpansion(acronym: string, words: string): boolean {
  return /^[A-Z][A-Z0-9]+s?$/.test(acronym) && (words.match(/\b[a-z]?[A-Z]/g) ?? []).length >= 2;
}

const SERIES_GOES_ON = /^\s*(?:[^\s,;]+,|[^,;]{1,20},\s*(?:and|or)\b)/i;

/** "Windows, macOS, or Linux": a comma before another short item, or before "or"/"and" after a short item. */
function seriesComma(sentence: string, at: number): boolean {
  const after = sentence.slice(at + 1);
  if (SERIES_GOES_ON.test(after)) return true;
  if (!/^\s*(?:and|or)\b/i.test(after)) return false;
  const previous = sentence.lastIndexOf(",", at - 1);
  return (
    previous >= 0 &&
    sentence
      .slice(previous + 1, at)
      .trim()
      .split(/\s+/).length <= 3
  );
}

/** The clause holding a match plus the clause before it, so a long sentence still gives a short card. */
function clauseAround(sentence: string, index: number, length: number): string {
  if (visualLength(sentence) <= 90) return sentence;
  // "running Windows, macOS, or Linux to…": the commas of a series end no clause (a Chinese series uses 、).
  const inSeries = (b: number) => sentence[b] === "," && seriesComma(sentence, b);
  const bounds = [...sentence.matchAll(/[，,；;]/g)].map((m) => m.index!).filter((b) => !inSeries(b));
  const before = bounds.filter((b) => b < index);
  const start = before.length >= 2 ? before[before.length - 2]! + 1 : 0;
  const end = bounds.find((b) => b >= index + length) ?? sentence.length;
  return sentence.slice(start, end).trim();
}

/** "在集群模式下，…最多会重试16次": the case the sentence opens with holds for a clause cut from it too. */
function withScope(sentence: string, front: string): string {
  const opening = sentence.replace(/^\s*(?:\d{1,2}[）)]|[（(]\d{1,2}[）)])\s*/, "");
  const scope = SCOPE_CLAUSE.exec(opening)?.[0];
  return scope && !front.startsWith(scope.replace(/[，,]\s*$/, "")) ? `${scope}${front}` : front;
}
