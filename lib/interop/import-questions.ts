// Multiple-choice questions for an imported deck, only where the cards make fair ones: a
// term/definition card (short front, back a short clean phrase) asks for its back, with three other
// cards' backs as distractors, the nearest in wording first. Cloze cards, long backs and decks too
// small to offer three plausible distractors get none.
import type { GeneratedQuestion } from "@/lib/content/generate-questions";
import { visualLength } from "@/lib/content/markdown-text";
import { cleanOption, optionTextProblem } from "@/lib/content/option-text";
import { chooseDistractors, type Candidate } from "@/lib/content/question-gates";
import { seededRandom, shuffled } from "@/lib/content/seeded-random";
import { cosine, keywordVector } from "@/lib/content/similarity";
import { questionTemplates, type ContentLanguage } from "@/lib/content/templates";

export type QuestionCard = { entryId: string; kind: "basic" | "cloze"; front: string; back: string };

/** A front longer than this (visual units, a CJK character counts 2) is not a term. */
const MAX_TERM = 60;
/** Fewer fair cards than this cannot give every question three distractors. */
const MIN_CARDS = 4;
/** Other cards compared per question, nearest in the deck first (keeps a deck of thousands fast). */
const POOL = 200;

export function questionsForImport(cards: QuestionCard[], language: ContentLanguage): GeneratedQuestion[] {
  const fair = cards
    .filter((c) => c.kind === "basic" && visualLength(c.front) <= MAX_TERM && !c.front.includes("\n"))
    .map((c) => ({ ...c, option: cleanOption(c.back) }))
    .filter((c) => optionTextProblem(c.option) === null && !c.back.includes("\n"));
  if (fair.length < MIN_CARDS) return [];
  const vectors = fair.map((c) => keywordVector(c.option));
  const t = questionTemplates[language];
  const questions: GeneratedQuestion[] = [];
  fair.forEach((card, index) => {
    const start = Math.max(0, Math.min(index - POOL / 2, fair.length - POOL));
    const candidates: Candidate[] = fair
      .slice(start, start + POOL)
      .map((other, i) => ({ other, source: start + i }))
      .filter(({ source }) => source !== index)
      .map(({ other, source }) => ({ text: other.option, source, score: cosine(vectors[index]!, vectors[source]!) }));
    const id = `${card.entryId}:mcq-define`;
    const distractors = chooseDistractors({ text: card.option, source: index }, candidates, id);
    if (!distractors) return;
    const options = shuffled([card.option, ...distractors], seededRandom(id));
    const stem = /[?？]\s*$/.test(card.front) ? card.front : t.whatIs(card.front);
    questions.push({
      id,
      entryId: card.entryId,
      stem,
      options,
      answer: options.indexOf(card.option),
      explanation: card.back,
    });
  });
  return questions;
}
