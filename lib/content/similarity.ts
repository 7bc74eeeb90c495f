// Keyword similarity for choosing distractors: jieba's TF-IDF keywords for Chinese (and mixed)
// text, plain lowercase words minus stop words for English.
import { Jieba, TfIdf } from "@node-rs/jieba";
import { dict, idf } from "@node-rs/jieba/dict.js";
import { CJK } from "./markdown-text";

export type KeywordVector = Map<string, number>;

let segmenter: { jieba: Jieba; tfidf: TfIdf } | null = null;

function chinese() {
  segmenter ??= { jieba: Jieba.withDict(dict), tfidf: TfIdf.withDict(idf) };
  return segmenter;
}

const ENGLISH_STOP_WORDS = new Set(
  "a an and are as at be been before but by can could do does for from has have how if in into is it its may more most not of on or so such than that the their them then there these they this to too was we were what when where which while who why will with would you your after also any all each every other only own same some very just about over under between both through during doesn don didn isn aren wasn weren won hasn haven hadn shouldn couldn wouldn can".split(
    " ",
  ),
);

// Questions and options come up again and again while a deck's questions are chosen: keep their
// vectors (short texts only, so that the cache stays small). Callers never change a vector.
const shortTexts = new Map<string, KeywordVector>();

export function keywordVector(text: string): KeywordVector {
  if (text.length > 200) return computeKeywordVector(text);
  let vector = shortTexts.get(text);
  if (!vector) {
    if (shortTexts.size > 50_000) shortTexts.clear();
    vector = computeKeywordVector(text);
    shortTexts.set(text, vector);
  }
  return vector;
}

function computeKeywordVector(text: string): KeywordVector {
  const vector: KeywordVector = new Map();
  if (CJK.test(text)) {
    const { jieba, tfidf } = chinese();
    for (const { keyword, weight } of tfidf.extractKeywords(jieba, text, 20)) {
      const word = keyword.toLowerCase();
      if (!ENGLISH_STOP_WORDS.has(word)) vector.set(word, (vector.get(word) ?? 0) + weight);
    }
    return vector;
  }
  for (const word of text.toLowerCase().match(/[a-z0-9][a-z0-9_+-]*/g) ?? []) {
    // "Windows-specific" speaks of Windows too.
    const parts = /[a-z]-[a-z]/.test(word) ? word.split("-").filter((part) => part.length >= 3) : [];
    for (const each of [word, ...parts]) {
      if (each.length < 2 || ENGLISH_STOP_WORDS.has(each)) continue;
      const stem = englishStem(each);
      vector.set(stem, (vector.get(stem) ?? 0) + 1);
    }
  }
  return vector;
}

/** Chinese text cut into words ("找不到某些类" → 找不到 / 某些 / 类), for blanking whole words only. */
export function chineseWords(text: string): string[] {
  return chinese().jieba.cut(text, true);
}

export function isStopWord(word: string): boolean {
  return ENGLISH_STOP_WORDS.has(word);
}

/** The crude stem English keywords are kept under ("releases" and "released" meet at "releas"). */
export function englishStem(word: string): string {
  return word.toLowerCase().replace(/(ing|ed|es|s)$/, "");
}

export function cosine(a: KeywordVector, b: KeywordVector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Share of `a`'s keyword weight that also occurs in `b` (0 to 1). */
export function containment(a: KeywordVector, b: KeywordVector): number {
  let total = 0;
  let shared = 0;
  for (const [k, v] of a) {
    total += v;
    if (b.has(k)) shared += v;
  }
  return total ? shared / total : 0;
}
