// Flashcards from one entry, following the minimum-information principle: besides the basic
// question → answer card, small cards for each list, list item, term and crisp fact.
import type { EntryKind } from "./parse-faq";
import { answerLists, plainText, sentences, visualLength, type AnswerList } from "./markdown-text";
import { shortHash } from "./seeded-random";
import { cardTemplates, type ContentLanguage } from "./templates";

export const CARD_KINDS = ["basic", "enumeration", "list-item", "term", "cloze"] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export type GeneratedCard = { id: string; entryId: string; kind: CardKind; front: string; back: string };

export type CardSource = { id: string; kind: EntryKind; question: string; answer: string; lists?: AnswerList[] };

const MAX_LIST_ITEMS = 12;
const MAX_CLOZES = 3;
export const BLANK = "[…]";

/** `term：definition` or `term: definition`, where the term is short and not a clause. */
export function splitTerm(item: string): { term: string; definition: string } | null {
  const match = /^([^，,。；;：:]{1,30}?)\s*[：:]\s*(.{4,})$/s.exec(item);
  if (!match) return null;
  const term = match[1]!.trim().replace(/\*\*|`/g, "");
  if (visualLength(term) > 24 || /\s{2,}/.test(term)) return null;
  return { term, definition: match[2]!.trim() };
}

export function cardsForEntry(entry: CardSource, language: ContentLanguage): GeneratedCard[] {
  const t = cardTemplates[language];
  const cards: GeneratedCard[] = [];
  const add = (kind: CardKind, key: string, front: string, back: string) => {
    const id = `${entry.id}:${kind}${key ? `-${key}` : ""}`;
    if (!cards.some((c) => c.id === id)) cards.push({ id, entryId: entry.id, kind, front, back });
  };

  add("basic", "", entry.kind === "topic" ? t.explainTopic(entry.question) : entry.question, entry.answer);

  (entry.lists ?? answerLists(entry.answer)).forEach((list, listIndex) => {
    if (list.items.length < 2 || list.items.length > MAX_LIST_ITEMS) return;
    const heads = list.items.map((item) => splitTerm(item)?.term ?? item);
    add("enumeration", String(listIndex + 1), t.enumerate(entry.question, list.items.length), heads.map((h, i) => `${i + 1}. ${h}`).join("\n"));
    list.items.forEach((item, i) => {
      const term = splitTerm(item);
      if (term) add("term", shortHash(term.term), t.defineTerm(entry.question, term.term), term.definition);
      else add("list-item", shortHash(item), t.listItem(entry.question, i + 1, list.items.length), item);
    });
  });

  for (const cloze of clozesFor(plainText(entry.answer)).slice(0, MAX_CLOZES)) add("cloze", shortHash(cloze.front), cloze.front, cloze.back);
  return cards;
}

type Cloze = { front: string; back: string };

const ACRONYM = /\b([A-Z][A-Za-z0-9]{1,9})\s*[（(]\s*([A-Za-z][A-Za-z -]{3,60}?)\s*[）)]/g;
const NUMBER_WITH_UNIT = /(\d+(?:\.\d+)?)\s*(字节|KB|MB|GB|TB|KiB|MiB|GiB|ms|毫秒|微秒|纳秒|秒|分钟|小时|天|次|个|位|条|倍|%|bytes?|bits?|seconds?|minutes?|hours?|days?|times)/g;
const CHINESE_COUNT = /([二两三四五六七八九十]|一(?=次))[次种步层个]/g;
const ZH_DEFINITION = /^([^，,。：:；;（(]{2,16}?)(是一种|是一个|是一类|是指|指的是)(.{4,60}?)[。]?$/;
// "eBPF终归是…": the subject ends in an adverb, so blanking it would blank half a thought.
const HEDGED_SUBJECT = /(终归|其实|也|都|就|还|本身|通常|主要|实际上|并不|不)$/;
const EN_DEFINITION = /^([A-Z][\w -]{1,40}?) (is|are) (an?|the) (.{4,120}?)\.?$/;

/** Cloze deletions for crisp facts: acronym expansions, numbers with units, short definitions. */
export function clozesFor(text: string): Cloze[] {
  const clozes: Cloze[] = [];
  const seen = new Set<string>();
  const push = (front: string, back: string) => {
    if (seen.has(back) || front === back || visualLength(front) > 160) return;
    seen.add(back);
    clozes.push({ front, back });
  };
  for (const sentence of sentences(text)) {
    for (const m of sentence.matchAll(ACRONYM)) push(clauseAround(sentence, m.index!, m[0].length).replace(m[2]!, BLANK), m[2]!);
  }
  for (const sentence of sentences(text)) {
    for (const pattern of [NUMBER_WITH_UNIT, CHINESE_COUNT]) {
      for (const m of sentence.matchAll(pattern)) {
        const clause = clauseAround(sentence, m.index!, m[0].length);
        const number = m[1]!;
        push(clause.replace(m[0], m[0].replace(number, BLANK)), number);
      }
    }
  }
  for (const sentence of sentences(text)) {
    const zh = ZH_DEFINITION.exec(sentence);
    if (zh && !HEDGED_SUBJECT.test(zh[1]!)) push(`${BLANK}${zh[2]}${zh[3]}`, zh[1]!.trim());
    const en = EN_DEFINITION.exec(sentence);
    if (en) push(`${BLANK} ${en[2]} ${en[3]} ${en[4]}`, en[1]!.trim());
  }
  return clozes;
}

/** The clause holding a match plus the clause before it, so a long sentence still gives a short card. */
function clauseAround(sentence: string, index: number, length: number): string {
  if (visualLength(sentence) <= 90) return sentence;
  const bounds = [...sentence.matchAll(/[，,；;]/g)].map((m) => m.index!);
  const before = bounds.filter((b) => b < index);
  const start = before.length >= 2 ? before[before.length - 2]! + 1 : 0;
  const end = bounds.find((b) => b >= index + length) ?? sentence.length;
  return sentence.slice(start, end).trim();
}
