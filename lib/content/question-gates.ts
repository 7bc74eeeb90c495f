// The gates every generated distractor passes: clean text, of the same form as the right option
// (script, comparable length), distinct, and not all from one entry. Whether a distractor is wrong
// for the stem is the generator's check, since it depends on the kind of question.
import { compareText } from "./compare-text";
import { CJK, visualLength } from "./markdown-text";
import { isShellCommand, optionTextProblem } from "./option-text";
import { normalizeQuestion } from "./parse-faq";
import { seededRandom } from "./seeded-random";

export type Candidate = { text: string; source: number; score: number };
type Usable = Candidate & { norm: string; length: number };

const COUNT = 3;

/**
 * Chinese text next to Latin-only text gives the odd one away; among short terms, so does one
 * that mixes in Latin letters ("tracepoints缓冲区" among "数据分片", "数据压缩").
 */
function scriptOf(text: string): "cjk" | "latin" | "mixed" {
  if (!CJK.test(text)) return "latin";
  return visualLength(text) <= 24 && /[A-Za-z]{2,}/.test(text) ? "mixed" : "cjk";
}

type Facts = { norm: string; length: number; script: ReturnType<typeof scriptOf>; clean: boolean; code: boolean };

// The same options come up as candidates for many questions of a deck: work their facts out once.
const factsCache = new Map<string, Facts>();

function facts(text: string): Facts {
  let found = factsCache.get(text);
  if (!found) {
    if (factsCache.size > 50_000) factsCache.clear();
    found = {
      norm: normalizeQuestion(text),
      length: visualLength(text),
      script: scriptOf(text),
      clean: optionTextProblem(text) === null,
      // A command is matched in kind only by another command.
      code: isShellCommand(text),
    };
    factsCache.set(text, found);
  }
  return found;
}

/**
 * The three best distractors for `key` among `candidates` (highest score first), or null when
 * three that pass every gate cannot be found. The right option is the longest about as often as
 * chance would make it.
 */
export function chooseDistractors(
  key: { text: string; source: number },
  candidates: Candidate[],
  seed: string,
  isClean: (text: string) => boolean = (text) => facts(text).clean,
): string[] | null {
  const { norm: keyNorm, length: keyLength, script, code } = facts(key.text);
  const fitting: Usable[] = [];
  for (const c of candidates) {
    const { norm, length, script: candidateScript, code: candidateCode } = facts(c.text);
    if (
      candidateScript === script &&
      candidateCode === code &&
      isClean(c.text) &&
      norm.length > 0 &&
      length <= 3 * keyLength &&
      keyLength <= 3 * length &&
      !keyNorm.includes(norm) &&
      !norm.includes(keyNorm)
    )
      fitting.push({ text: c.text, source: c.source, score: c.score, norm, length });
  }
  const seen = new Set<string>([keyNorm]);
  const usable = fitting
    .sort((a, b) => b.score - a.score || compareText(a.text, b.text))
    .filter((c) => !seen.has(c.norm) && seen.add(c.norm));
  // Distractors from several entries when possible, from one when it must be.
  for (const [ratio, perSource] of [
    [2, 2],
    [3, 2],
    [2, 3],
    [3, 3],
  ] as const) {
    const ranked = usable.filter((c) => c.length <= ratio * keyLength && keyLength <= ratio * c.length);
    const fits = (c: (typeof ranked)[number], set: typeof ranked) => {
      if (set.filter((s) => s.source === c.source).length >= perSource) return false;
      if (set.some((s) => s.norm.includes(c.norm) || c.norm.includes(s.norm))) return false;
      const lengths = [keyLength, ...set.map((s) => s.length), c.length];
      return Math.max(...lengths) <= 3 * Math.min(...lengths);
    };
    const chosen: typeof ranked = [];
    for (const c of ranked) {
      if (fits(c, chosen)) chosen.push(c);
      if (chosen.length === COUNT) break;
    }
    if (chosen.length < COUNT) continue;
    if (chosen.every((c) => c.length < keyLength) && seededRandom(`${seed}:length`)() >= 0.25) {
      const slot = Math.floor(seededRandom(seed)() * COUNT);
      const rest = chosen.filter((_, i) => i !== slot);
      const longer = ranked.find((c) => c.length >= keyLength && !chosen.includes(c) && fits(c, rest));
      if (longer) chosen[slot] = longer;
    }
    // A right option half as long again as every other one gives itself away.
    if (chosen.every((c) => keyLength > 1.5 * c.length)) return null;
    return chosen.map((c) => c.text);
  }
  return null;
}
