// Multiple-choice questions for a deck. The right option is a fact from the entry's own answer;
// distractors are facts of the same kind from related entries of the deck, chosen by keyword
// similarity, of comparable length, never echoing the question.
import { splitTerm } from "./generate-cards";
import { answerLists, plainText, sentences, visualLength, type AnswerList } from "./markdown-text";
import { normalizeQuestion, type EntryKind } from "./parse-faq";
import { seededRandom, shuffled } from "./seeded-random";
import { containment, cosine, keywordVector, type KeywordVector } from "./similarity";
import { questionTemplates, type ContentLanguage } from "./templates";
import { compareText } from "./compare-text";

export type GeneratedQuestion = { id: string; entryId: string; stem: string; options: string[]; answer: number; explanation: string };

export type QuestionSource = { id: string; kind: EntryKind; question: string; answer: string; lists?: AnswerList[] };

type Fact = { entryId: string; entryIndex: number; text: string; lower: string; key: string; vec: KeywordVector; length: number; standalone: boolean };

const LEADING_CONNECTIVE = /^(另外|此外|同时|因此|所以|但是|然而|相反|首先|其次|再次|最后|总之|总的来说|综合来看|具体来说|具体地说|是的|不是|也就是说|通常情况下|besides|also|however|therefore|so|first|second|finally|yes|no)[，,]?\s*/i;
const TRAILING_CONNECTIVE = /[，,]?\s*(也就是说|因此|所以|从而|而且|并且|但是|例如|比如|包括|and|but|so|for example)$/i;
// A clause that leans on its context reads oddly as an option: "由于…", "这个问题…", "以下…".
const DEPENDENT = /^(由于|如果|当|虽然|即使|但|而|并且|通过|对于|相比|because|if|when|although|while|by)|这个问题|这些问题|上述|以下|如下|下列|the following/i;

const MAX_OPTION_LENGTH = 80; // visual units: a CJK character counts 2
const MIN_FACT_LENGTH = 16;

export function questionsForDeck(entries: QuestionSource[], language: ContentLanguage): GeneratedQuestion[] {
  const t = questionTemplates[language];
  const prepared = entries.map((entry, index) => ({
    entry,
    stem: entry.kind === "topic" ? t.aboutTopic(entry.question) : entry.question,
    stemVec: keywordVector(entry.question),
    facts: factsOf(entry, index),
    heads: ((entry.lists ?? answerLists(entry.answer)).find((l) => l.items.length >= 3)?.items ?? []).map((item) => fact(entry.id, index, splitTerm(item)?.term ?? item)),
  }));
  // How many entries mention each keyword: a question's rare keywords name its subject.
  const entriesWith = new Map<string, number>();
  for (const p of prepared) for (const k of new Set(p.facts.flatMap((f) => [...f.vec.keys()]))) entriesWith.set(k, (entriesWith.get(k) ?? 0) + 1);
  const factIndex = new FactIndex(prepared.flatMap((p) => p.facts));
  const headIndex = new FactIndex(prepared.flatMap((p) => p.heads));
  const questions: GeneratedQuestion[] = [];

  for (const [index, { entry, stem, stemVec, facts, heads }] of prepared.entries()) {
    const stemKey = normalizeQuestion(entry.question);
    const echoesStem = (f: Fact) => containment(f.vec, stemVec) >= 0.5 || (stemKey.length >= 4 && f.key.includes(stemKey));
    const correct = facts.find((f) => !echoesStem(f) && f.standalone) ?? facts.find((f) => !echoesStem(f)) ?? facts[0] ?? fact(entry.id, index, trimOption(plainText(entry.answer)));
    const id = `${entry.id}:mcq`;
    // A fact from another entry that names this question's subject may well be true of it too.
    const subjects = [...stemVec.keys()].filter((k) => (entriesWith.get(k) ?? 0) < Math.max(2, 0.3 * entries.length));
    const offSubject = (f: Fact) => !subjects.some((k) => f.vec.has(k) || f.lower.includes(k));
    const usable = (f: Fact) => f.entryId !== entry.id && !echoesStem(f);
    const candidates = (f: Fact) => f.standalone && f.entryId !== entry.id && offSubject(f) && !echoesStem(f);
    const distractors =
      pickDistractors(correct, factIndex.related(correct).filter(candidates), id) ??
      pickDistractors(correct, factIndex.nearby(correct.entryIndex).filter(candidates), id) ??
      pickDistractors(correct, factIndex.nearby(correct.entryIndex).filter((f) => usable(f) && offSubject(f)), id);
    if (distractors) questions.push(assemble(id, entry, stem, correct, distractors));

    if (heads.length >= 3) {
      const listId = `${entry.id}:mcq-list`;
      const own = heads.map((h) => h.key);
      const item = heads[Math.floor(seededRandom(listId)() * heads.length)]!;
      const usableHead = (h: Fact) => h.entryId !== entry.id && !own.some((k) => k.includes(h.key) || h.key.includes(k));
      const listDistractors =
        pickDistractors(item, headIndex.related(item).filter(usableHead), listId) ?? pickDistractors(item, headIndex.nearby(item.entryIndex).filter(usableHead), listId);
      if (listDistractors) questions.push(assemble(listId, entry, t.listedIn(entry.question), item, listDistractors));
    }
  }
  return questions;
}

/**
 * Finds candidate distractors without comparing every pair of facts: only facts sharing a keyword
 * can be similar, and of a common keyword's facts only those of the nearest entries are taken.
 */
class FactIndex {
  private readonly postings = new Map<string, number[]>();
  constructor(private readonly facts: Fact[]) {
    facts.forEach((f, i) => {
      for (const word of f.vec.keys()) {
        const list = this.postings.get(word);
        if (list) list.push(i);
        else this.postings.set(word, [i]);
      }
    });
  }

  related(to: Fact, perKeyword = 50): Fact[] {
    const found = new Set<number>();
    const strongest = [...to.vec.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, 8);
    for (const [word] of strongest) {
      for (const i of nearest(this.postings.get(word) ?? [], (i) => this.facts[i]!.entryIndex, to.entryIndex, perKeyword)) found.add(i);
    }
    return [...found].sort((a, b) => a - b).map((i) => this.facts[i]!);
  }

  nearby(entryIndex: number, count = 400): Fact[] {
    return nearest(this.facts.map((_, i) => i), (i) => this.facts[i]!.entryIndex, entryIndex, count).map((i) => this.facts[i]!);
  }
}

/** Up to `count` items of a list sorted by position, those closest to `position`. */
function nearest(sorted: number[], positionOf: (item: number) => number, position: number, count: number): number[] {
  if (sorted.length <= count) return sorted;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positionOf(sorted[mid]!) < position) lo = mid + 1;
    else hi = mid;
  }
  const start = Math.max(0, Math.min(lo - Math.floor(count / 2), sorted.length - count));
  return sorted.slice(start, start + count);
}

function assemble(id: string, entry: QuestionSource, stem: string, correct: Fact, distractors: Fact[]): GeneratedQuestion {
  const options = shuffled([correct, ...distractors], seededRandom(id));
  return { id, entryId: entry.id, stem, options: options.map((o) => o.text), answer: options.indexOf(correct), explanation: entry.answer };
}

function fact(entryId: string, entryIndex: number, text: string): Fact {
  return { entryId, entryIndex, text, lower: text.toLowerCase(), key: normalizeQuestion(text), vec: keywordVector(text), length: visualLength(text), standalone: !DEPENDENT.test(text) };
}

function factsOf(entry: QuestionSource, entryIndex: number): Fact[] {
  return sentences(plainText(entry.answer))
    .map((s) => trimOption(s.replace(LEADING_CONNECTIVE, "")).replace(TRAILING_CONNECTIVE, ""))
    .filter((text) => visualLength(text) >= MIN_FACT_LENGTH)
    .map((text) => fact(entry.id, entryIndex, text));
}

/**
 * Up to `count` facts most similar to the right one, at most one per entry, within a length ratio
 * of 1:2 (relaxed to 1:3 when too few qualify), usually with one not shorter than the right option,
 * so that the right option is the longest about as often as chance would make it.
 */
function pickDistractors(correct: Fact, pool: Fact[], seed: string): Fact[] | null {
  const count = 3;
  const scored = pool
    .filter((f) => f.key !== correct.key && f.length * 3 >= correct.length && f.length <= correct.length * 3)
    .map((f) => ({ f, score: cosine(f.vec, correct.vec) }))
    .filter(({ score }) => score < 0.8)
    .sort((a, b) => b.score - a.score || compareText(a.f.key, b.f.key));
  for (const ratio of [2, 3]) {
    const ranked = ratio === 3 ? scored : scored.filter(({ f }) => f.length * ratio >= correct.length && f.length <= correct.length * ratio);
    const chosen: Fact[] = [];
    const fits = (f: Fact, set: Fact[]) => {
      const lengths = [correct, ...set, f].map((x) => x.length);
      return !set.some((c) => c.entryId === f.entryId || c.key === f.key) && Math.max(...lengths) <= 3 * Math.min(...lengths);
    };
    for (const { f } of ranked) {
      if (!fits(f, chosen)) continue;
      chosen.push(f);
      if (chosen.length === count) break;
    }
    if (chosen.length < count) continue;
    // In about a quarter of questions the right option may stay the longest, as chance would have it.
    if (chosen.every((c) => c.length < correct.length) && seededRandom(`${seed}:length`)() >= 0.25) {
      const slot = Math.floor(seededRandom(seed)() * count);
      const rest = chosen.filter((_, i) => i !== slot);
      const longer = ranked.map((r) => r.f).find((f) => f.length >= correct.length && fits(f, rest));
      if (longer) chosen[slot] = longer;
    }
    return chosen;
  }
  return null;
}

/** An option is one clause-bounded statement without its final full stop. */
export function trimOption(text: string): string {
  const option = text.trim().replace(/[。．.；;，,：:]+$/, "");
  if (visualLength(option) <= MAX_OPTION_LENGTH) return option;
  const cuts = [...option.matchAll(/[，,；;]/g)].map((m) => m.index!).filter((i) => visualLength(option.slice(0, i)) <= MAX_OPTION_LENGTH);
  const cut = cuts.at(-1);
  if (cut !== undefined && visualLength(option.slice(0, cut)) >= MIN_FACT_LENGTH) return option.slice(0, cut);
  let out = "";
  for (const ch of option) {
    if (visualLength(out + ch) > MAX_OPTION_LENGTH - 1) break;
    out += ch;
  }
  // Never stop inside a parenthesis: drop the unfinished aside instead.
  const open = Math.max(out.lastIndexOf("（"), out.lastIndexOf("("));
  if (open > 0 && open > Math.max(out.lastIndexOf("）"), out.lastIndexOf(")")) && visualLength(out.slice(0, open)) >= MIN_FACT_LENGTH) return out.slice(0, open);
  return `${out}…`;
}
