// Multiple-choice questions for a deck, only of kinds whose right option is right by construction:
// a term's definition (or the term for a definition), one of the items an answer lists, and which
// question a passage of the answer belongs to. Each candidate passes the gates in question-gates.ts
// or is dropped; an entry left without a question gets a reason instead.
import {
  areVersionCases,
  DANGLING_END,
  definitionsIn,
  isHeadLabel,
  leaks,
  listHeads,
  standaloneSentences,
  studyLists,
  type Definition,
} from "./answer-parts";
import { answerLists, CJK, cjkPairs, plainText, visualLength, type AnswerList } from "./markdown-text";
import { clausePrefix, cleanOption, DEPENDENT_END, optionTextProblem, questionOptionProblem } from "./option-text";
import { normalizeQuestion, type EntryKind } from "./parse-faq";
import {
  announcesList,
  pointsAtNeighbour,
  isAside,
  isBareCondition,
  isFragmentOrReferences,
  endsBeforeItsCode,
  isLabelledCommand,
  isListedOrder,
  isOnlyALinkOrCode,
  isComparisonHead,
  isLabelledValue,
  isVersionOrChangeHead,
  isOnlyAVersion,
  opensWithVersionLabel,
  waitsForObject,
} from "./passage-gates";
import { chooseDistractors, type Candidate } from "./question-gates";
import { seededRandom, shortHash, shuffled } from "./seeded-random";
import { chineseWords, containment, cosine, isStopWord, keywordVector, type KeywordVector } from "./similarity";
import { questionTemplates, type ContentLanguage } from "./templates";
import { holdsTerm, translatedTerms } from "./term-glossary";
import { isPhrasedAsQuestion } from "./question-phrasing";
import { PROBLEM } from "./generate-cards";

export type GeneratedQuestion = {
  id: string;
  entryId: string;
  stem: string;
  options: string[];
  answer: number;
  explanation: string;
};

export type QuestionSource = {
  id: string;
  kind: EntryKind;
  question: string;
  answer: string;
  topic?: string | null;
  lists?: AnswerList[];
};

/** An entry with no generated question, and why: the report shows these instead of weak questions. */
export type UnaskedEntry = { entryId: string; reason: string };

type Prepared = {
  index: number;
  entry: QuestionSource;
  /** The entry's answer and question, normalized, for "does this entry say X" checks. */
  says: string;
  questionOption: string | null;
  questionVec: KeywordVector;
  answerVec: KeywordVector;
  definitions: (Definition & { vec: KeywordVector; key: string })[];
  lists: string[][];
  /** The lists' items, flattened and normalized. */
  listKeys: string[];
  /** The question's heading anchor in its page, and the in-page anchors its answer links to. */
  anchor: string;
  linksTo: Set<string>;
};

/** How many other entries are searched for distractors, nearest first (keeps 10 000 entries fast). */
const POOL_ENTRIES = 80;
const MAX_EXCERPT = 180;
const MIN_EXCERPT = 24;
const MAX_CANDIDATES = 24;
/** Passages of one answer tried in turn for a "which question" item. */
const MAX_PASSAGES = 3;

export function questionsForDeck(
  entries: QuestionSource[],
  language: ContentLanguage,
): { questions: GeneratedQuestion[]; unasked: UnaskedEntry[] } {
  const t = questionTemplates[language];
  const prepared = withoutLabels(entries.map((entry, index) => prepare(entry, index)));
  const byTopic = new Map<string, Prepared[]>();
  for (const p of prepared) {
    const key = p.entry.topic ?? "";
    const topic = byTopic.get(key);
    if (topic) topic.push(p);
    else byTopic.set(key, [p]);
  }
  /** Other entries, same topic first, then the nearest in the file. */
  const poolFor = (p: Prepared): Prepared[] => {
    const sameTopic = (byTopic.get(p.entry.topic ?? "") ?? []).slice(0, POOL_ENTRIES + 1).filter((o) => o !== p);
    const near: Prepared[] = [];
    for (let d = 1; near.length < POOL_ENTRIES && (p.index - d >= 0 || p.index + d < prepared.length); d++) {
      for (const i of [p.index - d, p.index + d]) if (prepared[i]) near.push(prepared[i]);
    }
    return [...new Set([...sameTopic.slice(0, POOL_ENTRIES), ...near])];
  };

  // Words most answers use ("eBPF" in an eBPF deck) say nothing about which answer says what.
  const answersWith = new Map<string, number>();
  for (const p of prepared) for (const k of p.answerVec.keys()) answersWith.set(k, (answersWith.get(k) ?? 0) + 1);
  const common = new Set([...answersWith].filter(([, n]) => n >= Math.max(3, 0.25 * prepared.length)).map(([k]) => k));
  // Words several questions use ("汉化补丁", "图床" in a deck on one tool) are the deck's context, not what one asks.
  const questionsWith = new Map<string, number>();
  for (const p of prepared) for (const k of p.questionVec.keys()) questionsWith.set(k, (questionsWith.get(k) ?? 0) + 1);
  const context = new Set([...questionsWith].filter(([, n]) => n >= 3).map(([k]) => k));
  // A question option that cleaning would change again is no clean option; worked out once per deck.
  const stableOptions = new Set(
    prepared.flatMap((p) =>
      p.questionOption && wholeOption(p.questionOption) === p.questionOption ? [p.questionOption] : [],
    ),
  );
  const questions: GeneratedQuestion[] = [];
  const unasked: UnaskedEntry[] = [];
  for (const p of prepared) {
    const pool = poolFor(p);
    const reasons: string[] = [];
    const asked = [definitionQuestion(p, pool, t, reasons), listQuestion(p, pool, t, reasons)].filter(
      (q): q is GeneratedQuestion => q !== null,
    );
    if (asked.length === 0) {
      const belongs = belongsQuestion(p, pool, t, reasons, common, context, stableOptions);
      if (belongs) asked.push(belongs);
    }
    questions.push(...asked);
    if (asked.length === 0) unasked.push({ entryId: p.entry.id, reason: reasons.join("; ") });
  }
  return { questions, unasked };
}

function prepare(entry: QuestionSource, index: number): Prepared {
  const lists = studyLists(entry.answer, entry.lists ?? answerLists(entry.answer));
  return {
    index,
    entry,
    says: normalizeQuestion(`${entry.question} ${plainText(entry.answer)}`),
    // "Can you add ...?" trails off: as an option it reads as a cut fragment, and the only one.
    questionOption: /(?:\.{3}|…)\s*[?？]*\s*$/.test(entry.question)
      ? null
      : wholeOption(entry.question.replace(/[?？]+\s*$/, "")),
    questionVec: keywordVector(entry.question),
    answerVec: keywordVector(plainText(entry.answer).slice(0, 1200)),
    definitions: definitionsIn(entry.answer, lists).map((d) => ({
      ...d,
      vec: keywordVector(d.definition),
      key: normalizeQuestion(d.term),
    })),
    lists: lists.flatMap((l) => {
      const heads = l.items.length >= 3 ? listHeads(l) : null;
      return heads ? [heads] : [];
    }),
    listKeys: [],
    anchor: headingAnchor(entry.question),
    linksTo: pageAnchors(entry.answer),
  };
}

/**
 * Heads that recur in three or more entries ("典型场景", "Example") or are a bare two-character word
 * ("解法") label a part of an answer; they are not terms to learn, so lists and item definitions
 * using them are dropped.
 */
function withoutLabels(prepared: Prepared[]): Prepared[] {
  const entriesWith = new Map<string, number>();
  for (const p of prepared) {
    const heads = new Set(
      [...p.definitions.filter((d) => d.shape === "item").map((d) => d.term), ...p.lists.flat()].map(normalizeQuestion),
    );
    for (const h of heads) entriesWith.set(h, (entriesWith.get(h) ?? 0) + 1);
  }
  const isLabel = (head: string) => (entriesWith.get(normalizeQuestion(head)) ?? 0) >= 3 || isHeadLabel(head);
  return prepared.map((p) => {
    const lists = p.lists.filter((list) => !list.some(isLabel) && !areVersionCases(list));
    return {
      ...p,
      definitions: p.definitions.filter((d) => d.shape === "noun" || !isLabel(d.term)),
      lists,
      listKeys: lists.flat().map(normalizeQuestion),
    };
  });
}

type Templates = (typeof questionTemplates)[ContentLanguage];

/** Term → definition or definition → term, distractors being other terms of the deck. */
function definitionQuestion(p: Prepared, pool: Prepared[], t: Templates, reasons: string[]): GeneratedQuestion | null {
  if (p.definitions.length === 0) return null;
  const mentions = (key: string) => p.says.includes(key);
  const all = [
    ...p.definitions.map((o) => ({ o, from: p })),
    ...pool.flatMap((from) => from.definitions.map((o) => ({ o, from }))),
  ];
  const question = normalizeQuestion(p.entry.question);
  for (const d of p.definitions) {
    // An item's head is asked about only when it names a thing ("PITR", "IS（意向共享锁）") other than
    // the question's own subject: "类似工具" or "查询频率" head a part of the answer.
    if (
      d.shape === "item" &&
      (!/[A-Za-z]{2,}/.test(d.term) ||
        question.includes(d.key) ||
        isComparisonHead(d.term) ||
        isVersionOrChangeHead(d.term) ||
        // "Restarting the container: `docker compose restart`" under an error: a step of the fix, not a term.
        (statesAProblem(p.entry.question) && !PROBLEM.test(d.term)))
    )
      continue;
    const id = `${p.entry.id}:mcq-define-${shortHash(d.term)}`;
    const others = all.filter(({ o }) => o !== d && !o.key.includes(d.key) && !d.key.includes(o.key));
    // Plausible: close in wording to the key, or from an entry asking about something close.
    const score = (o: (typeof all)[number]["o"], from: Prepared) =>
      cosine(o.vec, d.vec) + (from === p ? 0.5 : 0.5 * cosine(from.questionVec, p.questionVec) + topicBonus(p, from));

    // Term → definition: another definition of the same shape is wrong if it does not name this term.
    const forward = () => {
      const definitions = others.filter(({ o }) => o.shape === d.shape && !leaks(d.term, o.definition));
      const candidates = definitions.map(({ o, from }) => ({
        text: o.definition,
        source: from.index,
        score: score(o, from),
      }));
      const chosen = chooseDistractors({ text: d.definition, source: p.index }, candidates, id);
      const asked = p.entry.question.replace(/[?？]+\s*$/, "");
      // "GitHub connection failed: Verify your token…": the item is a problem with its fix, not a term with its meaning.
      const stem =
        d.shape === "noun"
          ? t.whatIs(d.term)
          : PROBLEM.test(d.term) && !HANDLES_PROBLEM.test(d.term)
            ? t.fixIn(asked, d.term)
            : t.whatIsIn(asked, d.term);
      return chosen && assemble(id, p.entry, stem, d.definition, chosen);
    };
    // Definition → term (only for a real term, `X是一种…`): another term is wrong only if this entry never mentions it.
    const reverse = () => {
      if (d.shape !== "noun") return null;
      const definitionKey = normalizeQuestion(d.definition);
      // (Terms of the same kind: "Audio", a list item's head, is no answer to "Which of these is a C library?")
      const terms = others.filter(({ o }) => o.shape === "noun" && !mentions(o.key) && !definitionKey.includes(o.key));
      const candidates = terms.map(({ o, from }) => ({ text: o.term, source: from.index, score: score(o, from) }));
      const chosen = chooseDistractors({ text: d.term, source: p.index }, candidates, id);
      return chosen && assemble(id, p.entry, t.whichTerm(d.definition), d.term, chosen);
    };
    const order = seededRandom(`${id}:direction`)() < 0.4 ? [reverse, forward] : [forward, reverse];
    for (const make of order) {
      const question = make();
      if (question) return question;
    }
  }
  reasons.push("too few other definitions or terms of the same kind for distractors");
  return null;
}

/** "Which of these is one of the N …": distractors are items of other lists this entry never mentions. */
function listQuestion(p: Prepared, pool: Prepared[], t: Templates, reasons: string[]): GeneratedQuestion | null {
  // With several lists ("饮茶仙：3 项 … 邦巢：3 项"), "the answer lists 3 items" names none of them.
  if (p.lists.length !== 1) return null;
  const list = p.lists[0]!;
  const id = `${p.entry.id}:mcq-list`;
  const key = list[Math.floor(seededRandom(id)() * list.length)]!;
  const ownNorms = list.map(normalizeQuestion);
  const candidates: Candidate[] = [];
  for (const from of pool) {
    const score = cosine(from.questionVec, p.questionVec) + topicBonus(p, from);
    for (const [i, item] of from.lists.flat().entries()) {
      const norm = from.listKeys[i]!;
      // "以管理员身份运行程序" against this list's "以管理员身份运行": the same item, not a wrong one.
      const echoesOwn = ownNorms.some((own) => norm.includes(own));
      if (!p.says.includes(norm) && !echoesOwn) candidates.push({ text: item, source: from.index, score });
    }
  }
  const chosen = chooseDistractors({ text: key, source: p.index }, candidates, id);
  if (chosen)
    return assemble(id, p.entry, t.oneOf(p.entry.question.replace(/[?？]+\s*$/, ""), list.length), key, chosen);
  reasons.push("too few list items elsewhere in the deck that this answer does not mention");
  return null;
}

/** Which question does a passage of this answer belong to: the other options are sibling questions it does not answer. */
function belongsQuestion(
  p: Prepared,
  pool: Prepared[],
  t: Templates,
  reasons: string[],
  common: Set<string>,
  context: Set<string>,
  stableOptions: Set<string>,
): GeneratedQuestion | null {
  if (!p.questionOption) {
    reasons.push("the question is too long or not clean text to be an option");
    return null;
  }
  const answerText = plainText(p.entry.answer);
  // "**Whole-model saving (configuration + weights)**", "### Setting the attribute": a heading says what follows.
  const headings = new Set(
    p.entry.answer
      .split("\n")
      .filter((line) => /^\s*(?:#{1,6}\s|\*\*[^*]+\*\*\s*[:：]?\s*$)/.test(line))
      .map((line) => normalizeQuestion(plainText(line).replace(/^\d{1,2}[.)、]\s*/, ""))),
  );
  const standsAlone = (s: string | null): s is string =>
    s !== null &&
    !headings.has(normalizeQuestion(s)) &&
    visualLength(s) >= MIN_EXCERPT &&
    !POINTER.test(s) &&
    !LOG_LINE.test(s) &&
    !COURTESY.test(s) &&
    !CONTINUES.test(s) &&
    !LEANS_ON.test(s) &&
    !isBareVerdict(s) &&
    !isLabelledValue(s, MIN_EXCERPT) &&
    !opensWithVersionLabel(s) &&
    !isOnlyAVersion(s) &&
    !announcesList(s) &&
    !pointsAtNeighbour(s) &&
    !waitsForObject(s) &&
    !isBareCondition(s) &&
    !isFragmentOrReferences(s) &&
    !endsBeforeItsCode(s) &&
    !isLabelledCommand(s) &&
    !isAside(s, answerText) &&
    !isListedOrder(s, p.entry.answer) &&
    !definesTheSubject(s, p.entry.question) &&
    !isOnlyALinkOrCode(s, p.entry.answer) &&
    balancedQuotes(s);
  // The answer's first sentences hold its point; later ones are asides another question may share.
  // A passage that restates the question gives it away and is not used (giveawayWords below).
  // Only the verdict (the first sentence) answers a yes/no question.
  const wanted = isYesNo(p.entry.question) ? 1 : MAX_PASSAGES;
  const tried: string[] = [];
  // "**Rust is safe**⏎Code written in Rust…": a bold line over its text is a heading, no part of the next sentence.
  const answerParagraphs = p.entry.answer.replace(/^([ \t]*\*\*[^*\n]+\*\*)[ \t]*\n(?=[ \t]*\S)/gm, "$1\n\n");
  for (const sentence of standaloneSentences(answerParagraphs)) {
    // A condition whose outcome was the pointer ("If you find an issue, please tell us at …") says nothing.
    const cut = sentence.replace(POINTER_TAIL, "");
    // "…是否有值,如果无值请参考 Q24" cut at the pointer ends on a condition whose outcome was the pointer.
    const lastClause = cut
      .split(/[，,；;]/)
      .at(-1)!
      .trim();
    const passage =
      cut !== sentence && (OPENS_CLAUSE.test(cut) || OPENS_CLAUSE.test(lastClause)) ? null : passageFrom(cut);
    if (standsAlone(passage)) tried.push(passage);
    if (tried.length === wanted) break;
  }
  if (tried.length === 0) {
    reasons.push("no sentence of the answer stands alone as a passage");
    return null;
  }
  const ranked = pool
    .filter((from) => from.questionOption && from.entry.kind === p.entry.kind)
    .map((from) => ({ from, score: cosine(from.questionVec, p.questionVec) + topicBonus(p, from) }))
    .sort((a, b) => b.score - a.score || a.from.index - b.from.index);
  const id = `${p.entry.id}:mcq-belongs`;
  let gaveAway = false;
  for (const excerpt of tried) {
    const excerptStart = normalizeQuestion(excerpt).slice(0, 24);
    const excerptVec = new Map([...keywordVector(excerpt)].filter(([k]) => !common.has(k)));
    // In English a word many answers use ("local") is still one the passage speaks of; Chinese keywords of one deck
    // overlap too much for that.
    const passageWords = CJK.test(excerpt)
      ? excerptVec
      : new Map([...keywordVector(excerpt)].filter(([k]) => !context.has(k)));
    // Siblings using the words the passage shares with its question keep those words from giving it away.
    const sharedWithKey = [...keywordVector(excerpt).keys()].filter((k) => p.questionVec.has(k));
    const keyForm = questionForm(p.entry.question);
    const candidates: Candidate[] = [];
    for (const { from, score } of ranked) {
      // A sibling whose answer says the same thing, or that asks nearly the same, is not wrong.
      if (score - topicBonus(p, from) >= 0.6 || containment(excerptVec, from.answerVec) >= 0.5) continue;
      if (from.says.includes(excerptStart)) continue;
      // A sibling asking about what the passage talks of ("backbone", "部署") may be answered by it too.
      if (asksAboutPassage(from.questionVec, passageWords, p.questionVec)) continue;
      // "Try refreshing the preview pane" for "Blank preview…" beside "WebContainer preview not loading": what the
      // passage and both questions speak of answers the sibling as well.
      // (Chinese questions of one deck share their topic's words too often for that to mean anything.)
      if (!CJK.test(p.entry.question) && speaksToBoth(from.questionVec, excerptVec, p.questionVec, context)) continue;
      // "上传失败，或者是服务器出错" beside "GitHub 图床有时上传失败": a sibling asking about the same symptom may be
      // answered by the passage too, unless the word they share is in the passage, which then speaks to both alike.
      // (In English only between two problems: "trained" and "training" are no symptom shared.)
      const problems =
        CJK.test(p.entry.question) || (PROBLEM.test(p.entry.question) && PROBLEM.test(from.entry.question));
      if (problems && asksAboutTheSame(from.questionVec, p.questionVec, context, excerptVec)) continue;
      // "Follow the same steps as for a [Lost communication](#i-keep-getting-…)": a sibling sending its reader
      // to this entry is answered by this entry's passages too.
      if (from.linksTo.has(p.anchor) || p.linksTo.has(from.anchor)) continue;
      // "How can I donate?" beside a passage on colours is an option nobody would pick.
      if (ABOUT_THE_PROJECT.test(from.entry.question) && !ABOUT_THE_PROJECT.test(p.entry.question)) continue;
      const bonus =
        (sharedWithKey.some((k) => from.questionVec.has(k)) ? 0.5 : 0) +
        (questionForm(from.entry.question) === keyForm ? 0.3 : 0);
      candidates.push({ text: from.questionOption!, source: from.index, score: score + bonus });
      if (candidates.length === MAX_CANDIDATES) break; // the most plausible are enough to choose from
    }
    const chosen = chooseDistractors({ text: p.questionOption, source: p.index }, candidates, id, (text) =>
      stableOptions.has(text),
    );
    if (!chosen) continue;
    // A word only the right question shares gives it away; a blank in its place does too (it shows the
    // missing word is one the right option has), so such a passage is not used, unless the word is the
    // term the question asks about and the passage defines it.
    const words = giveawayWords(excerpt, p.questionOption, chosen);
    const shown = words.length === 0 ? excerpt : termBlanked(p.entry.question, excerpt, words, t.blank());
    if (shown) return assemble(id, p.entry, t.belongsTo(shown), p.questionOption, chosen);
    gaveAway = true;
  }
  reasons.push(
    gaveAway
      ? "every passage shares words with its own question that no other option has, which gives it away"
      : "too few other questions of the same kind for distractors",
  );
  return null;
}

// "What is a pull request?", "什么是 XDP？", "eBPF map 是什么？": the term a question asks about.
const ASKED_TERM =
  /^(?:what(?:'s| is| are) (?:an? |the )?(.+?)\s*\??$|什么是\s*(.+?)\s*[?？]?$|(.+?)\s*是什么\s*[?？]?$)/i;

/**
 * "What is a pull request?" over "A pull request asks to merge a branch after review.": a passage opening on the
 * term the question asks about defines it; with the term blanked ("A ___ asks to merge…") it asks which term that
 * is, as a term-definition item does. Null when a word other than the term gives the question away.
 */
export function termBlanked(question: string, passage: string, words: string[], blank: string): string | null {
  const match = ASKED_TERM.exec(question.trim());
  const term = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
  if (!term) return null;
  const key = term.toLowerCase();
  if (!words.every((word) => key.includes(word.toLowerCase()))) return null;
  const at = passage.toLowerCase().indexOf(key);
  const inWord = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9_]/.test(ch) && /[A-Za-z0-9_]/.test(term);
  if (at < 0 || visualLength(passage.slice(0, at)) > 6 || inWord(passage[at - 1]) || inWord(passage[at + term.length]))
    return null;
  // "Cloudflare（CF）是…": the abbreviation beside the term names it as well.
  const rest = passage.slice(at + term.length).replace(/^\s*[（(][^）)\n]{1,20}[）)]/, "");
  // "部署脚本会…" for 部署: the term is only part of a word there.
  if (CJK.test(term.at(-1)!) && CJK.test(rest.charAt(0)) && !/^[是为的在即指]/.test(rest)) return null;
  const shown = passage.slice(0, at) + blank + rest;
  const lower = shown.toLowerCase();
  return lower.includes(key) || words.some((word) => lower.includes(word.toLowerCase())) ? null : shown;
}

// Questions about the project rather than its subject: donating, licences, getting help, contributing.
const ABOUT_THE_PROJECT =
  /\b(?:donat\w*|sponsor\w*|licen[cs]\w*|how (?:do|can) i contribute|contribut(?:e|ing) (?:code|patches|translations)|(?:get|getting|ask for) help|contact (?:you|the|us)|code of conduct)\b|捐赠|赞助|打赏|许可证|开源协议|(?:获得|获取|寻求)帮助|联系(?:作者|我们|开发者)|贡献代码/i;

/** The anchor a page gives the heading of `question` ("I keep getting random errors" → i-keep-getting-random-errors). */
export function headingAnchor(question: string): string {
  return question
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/\s/g, "-");
}

/** The in-page anchors an answer links to (`](#i-keep-getting-random-errors)`). */
export function pageAnchors(answer: string): Set<string> {
  if (!answer.includes("](#")) return new Set();
  return new Set([...answer.matchAll(/\]\(#([^)\s]{8,})\)/g)].map((m) => m[1]!.toLowerCase()));
}

/** The sibling's question shares a word with the right one that is neither the deck's context nor the passage's. */
function asksAboutTheSame(
  sibling: KeywordVector,
  right: KeywordVector,
  context: Set<string>,
  passage: KeywordVector,
): boolean {
  for (const word of sibling.keys())
    if (right.has(word) && !context.has(word) && !passage.has(word) && !FUNCTION_WORDS_ZH.has(word)) return true;
  return false;
}

/** The sibling's question and the right one both use a word of the passage that is not the deck's own subject. */
function speaksToBoth(
  sibling: KeywordVector,
  passage: KeywordVector,
  right: KeywordVector,
  context: Set<string>,
): boolean {
  for (const word of sibling.keys())
    if (passage.has(word) && right.has(word) && !context.has(word) && !FUNCTION_WORDS_ZH.has(word)) return true;
  return false;
}

/** The sibling's question uses a word of the passage that the right question does not. */
function asksAboutPassage(sibling: KeywordVector, passage: KeywordVector, right: KeywordVector): boolean {
  for (const word of sibling.keys()) if (passage.has(word) && !right.has(word)) return true;
  return false;
}

/**
 * The passage's words that give the right question away: a word ("sudo", "colab", "graph-ql" for
 * "GraphQL", "compositing" for "compositor") that the right question uses and no wrong option
 * does, so that a reader could match words instead of knowing the answer.
 */
export function giveawayWords(passage: string, right: string, wrong: string[]): string[] {
  const latin = (text: string) => latinWords(text).flatMap((w) => [w.norm, ...w.parts]);
  const rightLatin = latin(right);
  const wrongLatin = wrong.flatMap(latin);
  const related = (word: string, others: string[]) => others.some((other) => relatedWords(word, other));
  // A wrong option shares the word only with the same stem ("data" does not make "dataset" harmless).
  const sameIn = (word: string, others: string[]) => others.some((other) => stemOf(other) === stemOf(word));
  const fromLatin = latinWords(passage)
    .filter((w) => [w.norm, ...w.parts].some((x) => related(x, rightLatin) && !sameIn(x, wrongLatin)))
    .map((w) => w.surface);
  // "go 语言…" beside Chinese, "When I run rg…": a two-letter name ("go", "ui", "js", "rg") only the key has.
  const cjk = CJK.test(passage);
  const shortNames = [...passage.matchAll(/(?<![A-Za-z0-9_])[A-Za-z]{2}(?![A-Za-z0-9_])/g)]
    .map((m) => m[0])
    .filter((w) => {
      const alone = new RegExp(`(?<![A-Za-z0-9_])${w}(?![A-Za-z0-9_])`, "i");
      const word = w.toLowerCase();
      return (
        alone.test(right) &&
        !wrong.some((text) => alone.test(text)) &&
        !isStopWord(word) &&
        (cjk || !ENGLISH_TWO_LETTER_WORDS.has(word))
      );
    });
  // "restricted filenames" against "…in file names": one word for two of the right question's.
  const compounds = (text: string) => {
    const words = latinWords(text);
    return new Set(words.slice(1).map((w, i) => stemOf(words[i]!.norm + w.norm)));
  };
  const rightCompounds = compounds(right);
  const wrongCompounds = new Set(wrong.flatMap((text) => [...compounds(text)]));
  const fromCompounds = latinWords(passage)
    .filter((w) => rightCompounds.has(stemOf(w.norm)) && !wrongCompounds.has(stemOf(w.norm)))
    .map((w) => w.surface);
  const rightPairs = adjacentPairs(right);
  const wrongPairs = new Set(wrong.flatMap((text) => [...adjacentPairs(text).keys()]));
  const fromPairs = [...adjacentPairs(passage)]
    .filter(([key]) => rightPairs.has(key) && !wrongPairs.has(key))
    .flatMap(([, surfaces]) => surfaces);
  const rightText = normalizeQuestion(right);
  const wrongText = wrong.map(normalizeQuestion);
  const fromCjk = [...keywordVector(passage).keys()].filter(
    (word) =>
      CJK.test(word) &&
      !FUNCTION_WORDS_ZH.has(word) &&
      rightText.includes(word) &&
      !wrongText.some((text) => text.includes(word)),
  );
  // A short key ("系统问题") against "…不支持 32 位操作系统": the key's word inside a longer word of the passage.
  const shortKey = [...rightText].length <= 8;
  const fromKey = [...keywordVector(right).keys()].filter(
    (word) =>
      shortKey &&
      CJK.test(word) &&
      visualLength(word) >= 4 &&
      !FUNCTION_WORDS_ZH.has(word) &&
      passage.includes(word) &&
      !wrongText.some((text) => text.includes(word)),
  );
  // "抛出异常后事务未回滚" and "…如决议结果是回滚…": a word of the key that the passage has as a word, and no wrong option.
  // (Cut by jieba only where nothing else was found: this runs for every passage tried.)
  const fromKeyWords = () => {
    const passageWords = new Set(chineseWords(passage));
    return cjkPairs(right).filter(
      (word) =>
        !FUNCTION_WORDS_ZH.has(word) && passageWords.has(word) && !wrongText.some((text) => text.includes(word)),
    );
  };
  // A longer word of the key the passage has ("时间戳") and no wrong option: as telling as a name.
  const keyTerms = sharedRuns(right, passage).filter((run) => !wrongText.some((text) => text.includes(run)));
  // "1.8", "C++03", "v2.1": a version or a name with symbols only the key and the passage have.
  const fromVersions = [...passage.matchAll(VERSION_LIKE)]
    .map((m) => m[0])
    .filter((token) => right.includes(token) && !wrong.some((text) => text.includes(token)));
  // "图标" against "…获取到 icon 文件", "worker" against "工作组管理页面": the same term in the other language.
  const fromTranslations = translatedTerms(passage, right)
    .filter((term) => !wrong.some((text) => holdsTerm(text, term)))
    .map((term) => term.passage);
  const named = [
    ...fromLatin,
    ...shortNames,
    ...fromCompounds,
    ...fromPairs,
    ...fromCjk,
    ...fromKey,
    ...fromVersions,
    ...fromTranslations,
  ];
  // A run overlapping a word already found ("文件处理" by "文件") gives nothing more away.
  const more = keyTerms.filter((run) => !named.some((word) => word.includes(run) || run.includes(word)));
  const found = [...new Set([...named, ...more])];
  // Only where nothing else gives the key away: a long key shares some word with most passages of its answer.
  return found.length > 0 ? found : fromKeyWords();
}

/**
 * The longest runs of three or more Chinese characters that both texts have: a term of three or four ("时间戳",
 * "数据库"), or a longer run that restates a clause of the question.
 */
function sharedRuns(a: string, b: string): string[] {
  const runs = new Set<string>();
  for (let i = 0; i < a.length; i++) {
    let end = i;
    while (end < a.length && CJK.test(a[end]!) && b.includes(a.slice(i, end + 1))) end++;
    if (end - i >= 3) runs.add(a.slice(i, end));
  }
  // "本项目", "该参数" point back and "中运行" opens on a particle: they name nothing.
  return [...runs].filter(
    (run) =>
      (run.length > 4 ||
        (!/^[本该这此那其中上下里内外]/.test(run) && !LONE_WORDS_ZH.has(run[0]!) && !LONE_WORDS_ZH.has(run.at(-1)!))) &&
      ![...runs].some((other) => other !== run && other.includes(run)),
  );
}

// Characters that stand alone as words of their own; any other lone character is half of a word jieba split.
const LONE_WORDS_ZH = new Set([..."的了和与及或在是将把被对从为等也都就还很不没有要会能可让给向到于以其并而且但若如"]);

const VERSION_LIKE = /\b[vV]?\d+(?:\.\d+)+\b|\b[A-Za-z]+\+\+(?:\d+)?/g;

type LatinWord = { surface: string; index: number; norm: string; parts: string[] };

// "Windows8/8.1" and "TCP/IP" are one name: taken apart, half of it would match another name.
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:[-_./][A-Za-z0-9]+)*/g;

/**
 * Two content words side by side ("Photos app", "add photos"), keyed by their normal forms: a
 * phrase the right question and the passage share gives it away even when each word alone is common.
 */
function adjacentPairs(text: string): Map<string, [string, string]> {
  const words = latinWords(text);
  const pairs = new Map<string, [string, string]>();
  for (let i = 1; i < words.length; i++) {
    const [a, b] = [words[i - 1]!, words[i]!];
    if (/^\s+$/.test(text.slice(a.index + a.surface.length, b.index)))
      pairs.set(`${a.norm} ${b.norm}`, [a.surface, b.surface]);
  }
  return pairs;
}

/** Identifiers and words ("umi.js", "bos_id", "CodecException"), whole and by their parts, stop words left out. */
function latinWords(text: string): LatinWord[] {
  return [...text.matchAll(LATIN_WORD)]
    .map(({ 0: surface, index }) => ({
      surface,
      index,
      norm: surface.toLowerCase().replace(/[-_./]/g, ""),
      parts: surface
        .split(/[-_./]|(?<=[a-z])(?=[A-Z])/)
        .map((part) => part.toLowerCase())
        .filter((part) => part.length >= 3 && !isStopWord(part)),
    }))
    .filter((w) => w.norm.length >= 3 && !isStopWord(w.norm));
}

/** "tuner" and "tuning", "install" and "installation": a word without its common endings. */
function stemOf(word: string): string {
  return word.replace(/(?:ations?|ers?|ings?|ed|es|s|e)$/, "");
}

/** Two spellings of one word: equal, one a prefix of the other, the same stem, or sharing a long stem. */
function relatedWords(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) >= 4 && stemOf(a).length >= 3 && stemOf(a) === stemOf(b)) return true;
  // "Unlicense" and "licensed", "redisplay" and "displaying": one word behind a prefix.
  const unprefixed = (w: string) => stemOf(w).replace(/^(?:un|re|pre|dis|non)(?=[a-z]{5})/, "");
  if (Math.min(a.length, b.length) >= 6 && unprefixed(a) === unprefixed(b)) return true;
  // "windows8" and "windows10", "umi3" and "umi4" name different things.
  if (/\d/.test(a) && /\d/.test(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && short.length >= 3) return true;
  if (long.includes(short) && short.length >= 5) return true;
  let common = 0;
  while (common < short.length && a[common] === b[common]) common++;
  return common >= 6;
}

// English words of two letters, which in English text are no names.
const ENGLISH_TWO_LETTER_WORDS = new Set(
  "am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ex eg ie vs".split(" "),
);

// Words every question and passage may use ("不是", "如何", "如果"): sharing them gives nothing away.
const FUNCTION_WORDS_ZH = new Set(
  "无法 出现 不是 不能 不会 不要 不用 没有 可以 可能 需要 应该 是否 如何 怎么 怎样 什么 为什么 哪些 问题 时候 这个 那个 一个 我们 你们 他们 目前 已经 进行 使用 方法 情况 如果 你 我 的话 然后 因为 所以 但是 而且 或者 还是 以及 这样 这些 那些 请问 之后 之前 以后".split(
    " ",
  ),
);

/**
 * A question stands as an option only whole (cutting it would change what it asks) and without
 * markup; a command or a "也就是说" in it is part of what the deck asks, not a fragment.
 */
function wholeOption(question: string): string | null {
  const option = cleanOption(question);
  return questionOptionProblem(option) === null ? option : null;
}

/** How a question asks ("why", "how", "can", "是否"…): a right option alone of its form stands out. */
function questionForm(question: string): string {
  const q = question.trim().toLowerCase();
  const english = /^(how|why|what|which|when|where|who|can|could|is|are|does|do|should|will)\b/.exec(q);
  if (english) return english[1]!;
  for (const [form, pattern] of ZH_FORMS) if (pattern.test(q)) return form;
  return "other";
}

const ZH_FORMS: [string, RegExp][] = [
  ["why", /为什么|为何|原因/],
  ["how", /如何|怎么|怎样|方法/],
  ["can", /[吗么]\s*[?？]?$|是否|能否|可否|能不能|可不可以/],
  ["what", /什么|哪些|哪个|区别/],
];

function topicBonus(p: Prepared, other: Prepared): number {
  return p.entry.topic && p.entry.topic === other.entry.topic ? 0.3 : 0;
}

function isYesNo(question: string): boolean {
  return (
    /[吗么][?？]?\s*$/.test(question) ||
    /^(is|are|am|do|does|did|can|could|should|would|will|has|have|was|were)\b/i.test(question.trim())
  );
}

/** "x-api-key header missing", "安装失败怎么办": a problem to fix (not "RR 能不能防幻读", a question asked). */
function statesAProblem(question: string): boolean {
  return (
    (PROBLEM.test(question) && !isPhrasedAsQuestion(question)) ||
    /怎么办|\bwhat (?:should|can) (?:i|we) do\b/i.test(question)
  );
}

// "Crash 恢复", "error handling": a mechanism named after the problem it deals with, not the problem.
const HANDLES_PROBLEM = /恢复|处理|检测|防护|保护|机制|recovery|handling|detection|protection|prevention|reporting/i;

/** "For more information, please see …", "Check out the Why section", "PS: …": a pointer or an aside answers no question. */
const POINTER =
  /^(?:p\.?s\.?\s*[:：]|for (?:more|further) (?:information|details)|for details|(?:please )?review the\b|(?:more|further) (?:details|information|info)\b|(?:you can )?(?:find out|learn|read) more\b|(?:please )?(?:see|consult|refer to|check out|checkout|read|visit)\b|(?:please )?use the (?:[\w-]+ ){0,2}(?:documentation|docs|guide|wiki|manual)\b|(?:please )?follow the (?:[\w-]+ ){0,2}(?:instructions|steps|guide)\s+(?:here|there|below|on)\b|更多(?:信息|详情|内容)|如果你?不了解|(?:可以|也可以|请)?(?:查阅|参阅|阅读|查看|参看|参考|看)|详见|详情请|参见|请参考|请参阅|可参考|参考)|^[^，,。.]{1,12}[，,]\s*(?:请|可以)?(?:访问|前往|查阅|参阅|查看|参考|详见)/i;

/** "…，详见：代码拆分指南", "…, see the docs": the pointer at the end of a sentence says nothing. */
const POINTER_TAIL =
  /[，,；;：:]?\s*(?:可?点击[^，,；;。.]*了解|(?:可以|也可以|您可以|你可以)(?:参考|参阅|参见)|详见|详情见|可参见|参见|可参考|请参考|参考|参阅|(?:please (?:let us know|tell us|contact us|reach out|write to|e-?mail|open an issue|file an issue|report)|let us know|see|refer to|check out|for more)\b)[^，,；;。.]*$/i;

/** "Our team will work to resolve the issue as quickly as possible", "敬请期待": a courtesy, not an answer. */
const COURTESY =
  /\b(?:as (?:quickly|soon) as (?:possible|we can)|(?:we(?:'ll| will)|our team will) (?:do (?:our|its) best|work to)|stay tuned|(?:are|is) on the way|coming soon|(?:is|are) (?:currently )?(?:being planned|in the works|planned))\b|敬请期待|我们会尽快|尽快(?:处理|修复|解决)|正在计划|计划中/i;

// "反之，有的没有", "Otherwise, it stays": the sentence says the other half of the one before it.
// "同上，…", "After you've matched, though, …", "That said, …": it leans on the sentence before it.
// "Moreover, …", "In which case, …", "If not, …", "In order to find its location": it refers to what came before.
const CONTINUES =
  /^(?:反之|否则|不然|相反|同理|同样地?|除此之外|同上|但是|不过|然而|另外|此外|因此|所以|然后|这样|这时|此时|这种情况下|在这种情况下|如果不是|如果没有|这|该|它|其|此)|^(?:conversely|otherwise|likewise|similar(?:ly)?|in (?:that|this|which|such a) case|that said|however|but|still|also|besides|in addition|next to that|moreover|furthermore|further|then|therefore|thus|hence|so|as such|if (?:not|so)|for this reason|this|that|these|those|it|its|they|such)\b|^[^,.，。]{0,40},\s*though\b|^[^,.]{0,40}\b(?:its|their)\b/i;

// "The former is faster than the latter", "A full explanation is available here", "此问题依然等待解决": a passage
// leaning on what the answer said or linked before it, which the stem does not show ("如果你执意要这么做"), or an aside
// ("需要说明的是，…").
const LEANS_ON =
  /\b(?:the former|the latter|(?:available|described|explained|listed|shown|found) (?:here|above|below)|(?:see|click) here)\b|^if you (?:\w+ ){0,3}do(?:ing)? (?:so|this|that)\b|前者|后者|此问题|该问题|上述|上面(?:提到|所说)|^(?:如果|若|假如)[^，,。]{0,8}(?:这么做|这样做)|^(?:如果|若|假如)(?:是|遇到|出现|发生)?(?:这个|这种|此|该|这类)|^(?:if|when) (?:you (?:\w+ ){0,2})?(?:this|that|these|it) (?:is|happens|occurs|problem|issue|error)\b|^需要说明的是|^值得一提的是|^顺便|^(?:两者|二者|三者|它们|他们)|^(?:both of them|the two (?:of them|are|have|use))\b|^关键(?:是|在于)|^(?:the|this|that) (?:problem|issue|reason|difference|trick|catch|key|point|thing|answer|question)\b|^I,? as [^,]{1,40}'s? (?:author|maintainer|creator),|\bthe same (?:steps|way|procedure|fix) as\b|(?:与|和|同)(?:上|前)[面文述]?[^，,。]{0,6}相同/i;

// "目前还未支持，但后续有计划支持", "Not yet, but it is planned": a verdict alone fits every "支持…吗" of the deck.
const VERDICT_WORDS =
  /目前|暂时|暂不|还|未|没有|不|是|否|支持|可以|能|但|后续|以后|将来|未来|有|计划|理论上|会|的|了|\b(?:yes|no|not|yet|currently|supported|support|planned|plans?|future|but|it|is|will|be|we|in|the|at|this|time|there|are|to|add)\b/gi;
export function isBareVerdict(passage: string): boolean {
  return (
    visualLength(passage.replace(VERDICT_WORDS, "").replace(/[\p{P}\s]/gu, "")) < 6 ||
    VERDICT_THEN_CAVEAT.test(passage.trim())
  );
}

// "可以的，但是如果训练数据量少的话，可能会过拟合": the verdict fits any yes/no question, and the caveat after it is
// no answer of its own: which question it answers cannot be told from it.
const VERDICT_THEN_CAVEAT =
  /^(?:可以的?|是的|能的?|会的?|不可以|不能|不会|不行|当然(?:可以)?|yes|no|sure|of course|you can(?:not|'t)?)\s*[,，]\s*(?:但是?|不过|只是|however|but|although|though)/i;

/** "The program is closed."则…: cut inside a quotation, the passage opens or closes a quote it does not hold. */
function balancedQuotes(passage: string): boolean {
  const count = (re: RegExp) => (passage.match(re) ?? []).length;
  return count(/"/g) % 2 === 0 && count(/“/g) === count(/”/g) && count(/「/g) === count(/」/g);
}

/** "ERROR: Could not open video stream", "java.lang.IllegalStateException: …": a log line, not an answer. */
const LOG_LINE = /^(?:ERROR|WARN(?:ING)?|INFO|DEBUG|FATAL|E\/|W\/)\b|^[\w.$]+(?:Exception|Error)\b/;

const OPENS_CLAUSE = /^(?:如需|如果|若|假如|当|需要注意的是|注意|例如|比如|if|when|unless|e\.g\.|for example)/i;

/**
 * A sentence as a passage to show: whole if it is clean text, else its clauses up to the first one
 * holding code or markup ("可以在 colab 中运行，需将 demo.queue(…) 中…" keeps its first clause).
 * Unlike an option, it may open with "如果" or "when": a condition and its outcome stand alone.
 */
/**
 * "Apperate is a fully-managed cloud database…" for "Compared to legacy plans, how is Apperate billing different?":
 * what the product is, said before the answer; it answers only "what is it".
 */
export function definesTheSubject(passage: string, question: string): boolean {
  const subject = /^([A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*)?)\s+(?:is|are)\s+(?:a|an|the)\s/.exec(passage.trim())?.[1];
  return subject !== undefined && question.includes(subject) && !ASKED_TERM.test(question.trim());
}

function passageFrom(sentence: string): string | null {
  // "…requires an external programmer - see [Bootloaders](…)": the dash that led to the link goes with it.
  // "…a date index (See Unique Index components) to query on it": an aside saying where to read more goes too.
  // "*If there are details you are not sure about…": the emphasis that ends in the next sentence is no text.
  if ((sentence.match(/\*/g) ?? []).length % 2 === 1) sentence = sentence.replace(/^\*+(?=\S)|(?<=\S)\*+$/g, "");
  sentence = sentence
    .replace(/\s+[-–—]+\s*$/, "")
    .replace(/\s*[(（]\s*(?:see(?: also)?|cf\.|参见|参考|详见|见)\s[^()（）]{1,60}[)）]/gi, "");
  // "flake8-implicit-str-concat": one list item's name says nothing by itself.
  if (!/\s/.test(sentence.trim()) && !CJK.test(sentence)) return null;
  const clean = (text: string) => {
    const problem = optionTextProblem(text, MAX_EXCERPT);
    return problem === null || problem === "leans on context";
  };
  const whole = clausePrefix(sentence, MAX_EXCERPT);
  if (whole && clean(whole) && !DANGLING_END.test(whole)) return whole;
  let out: string | null = null;
  let start = 0;
  for (const m of sentence.matchAll(/[，,；;]/g)) {
    const head = cleanOption(sentence.slice(0, m.index));
    const clause = sentence.slice(start, m.index).trim();
    start = m.index + 1;
    if (!clean(head)) break;
    // A condition or a lead-in ("如需…", "需要注意的是") does not end a passage.
    if (!OPENS_CLAUSE.test(clause)) out = head;
  }
  return out && !DEPENDENT_END.test(out) && !DANGLING_END.test(out) ? out : null;
}

function assemble(id: string, entry: QuestionSource, stem: string, right: string, wrong: string[]): GeneratedQuestion {
  const options = shuffled([right, ...wrong], seededRandom(id));
  return { id, entryId: entry.id, stem, options, answer: options.indexOf(right), explanation: entry.answer };
}
