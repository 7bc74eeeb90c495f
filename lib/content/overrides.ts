// A deck's overrides.yaml: hide generated cards or questions, replace their text, or add
// hand-written questions, all by id. Ids are those printed by `npm run content:build`; give an
// entry an explicit id (`<!-- id: … -->`) before overriding it, so that rewording it later cannot
// move its generated ids.
import { z } from "zod";
import { ContentError } from "./content-error";
import type { GeneratedCard } from "./generate-cards";
import type { GeneratedQuestion } from "./generate-questions";
import { structuralProblems } from "./question-rules";
import { seededRandom, shuffled } from "./seeded-random";
import { parseYamlFile } from "./yaml-file";

export const OVERRIDES_FILE = "overrides.yaml";

const text = z.string().trim().min(1);
const schema = z
  .object({
    hide: z.array(text).default([]),
    cards: z.record(z.string(), z.object({ front: text.optional(), back: text.optional() }).strict()).default({}),
    questions: z
      .record(
        z.string(),
        z
          .object({
            stem: text.optional(),
            answer: text.optional(),
            distractors: z.array(text).length(3).optional(),
            explanation: text.optional(),
          })
          .strict(),
      )
      .default({}),
    add: z
      .object({
        questions: z
          .array(
            z
              .object({
                id: z.string().regex(/^[\w.-]+$/),
                entry: text,
                stem: text,
                answer: text,
                distractors: z.array(text).length(3),
                explanation: text.optional(),
              })
              .strict(),
          )
          .default([]),
      })
      .strict()
      .default({ questions: [] }),
  })
  .strict();

export type DeckOverrides = z.infer<typeof schema>;

export const NO_OVERRIDES: DeckOverrides = { hide: [], cards: {}, questions: {}, add: { questions: [] } };

export function parseOverrides(source: string, file: string): DeckOverrides {
  return parseYamlFile(schema, source, file);
}

type Entry = { id: string; answer: string };

/** Applies overrides; an id that matches nothing is an error, so a typo never passes silently. */
export function applyOverrides(
  deckSlug: string,
  file: string,
  overrides: DeckOverrides,
  entries: Entry[],
  cards: GeneratedCard[],
  questions: GeneratedQuestion[],
): { cards: GeneratedCard[]; questions: GeneratedQuestion[] } {
  const unknown = (kind: string, id: string) =>
    new ContentError(file, null, `${kind} "${id}" does not exist in deck ${deckSlug}`);
  const cardIds = new Set(cards.map((c) => c.id));
  const questionIds = new Set(questions.map((q) => q.id));
  for (const id of overrides.hide) if (!cardIds.has(id) && !questionIds.has(id)) throw unknown("card or question", id);
  for (const id of Object.keys(overrides.cards)) if (!cardIds.has(id)) throw unknown("card", id);
  for (const id of Object.keys(overrides.questions)) if (!questionIds.has(id)) throw unknown("question", id);

  const hidden = new Set(overrides.hide);
  const outCards = cards.filter((c) => !hidden.has(c.id)).map((c) => ({ ...c, ...overrides.cards[c.id] }));
  const outQuestions = questions
    .filter((q) => !hidden.has(q.id))
    .map((q) => {
      const o = overrides.questions[q.id];
      if (!o) return q;
      const right = o.answer ?? q.options[q.answer]!;
      const wrong = o.distractors ?? q.options.filter((_, i) => i !== q.answer);
      return withOptions(
        { ...q, stem: o.stem ?? q.stem, explanation: o.explanation ?? q.explanation },
        right,
        wrong,
        file,
      );
    });
  for (const added of overrides.add.questions) {
    const entryId = added.entry.includes("/") ? added.entry : `${deckSlug}/${added.entry}`;
    const entry = entries.find((e) => e.id === entryId);
    if (!entry) throw unknown("entry", added.entry);
    const id = `${entryId}:custom-${added.id}`;
    if (outQuestions.some((q) => q.id === id))
      throw new ContentError(file, null, `question id "${added.id}" is used twice`);
    outQuestions.push(
      withOptions(
        { id, entryId, stem: added.stem, options: [], answer: 0, explanation: added.explanation ?? entry.answer },
        added.answer,
        added.distractors,
        file,
      ),
    );
  }
  return { cards: outCards, questions: outQuestions };
}

function withOptions(q: GeneratedQuestion, right: string, wrong: string[], file: string): GeneratedQuestion {
  const options = shuffled([right, ...wrong], seededRandom(q.id));
  const question = { ...q, options, answer: options.indexOf(right) };
  const problems = structuralProblems(question);
  if (problems.length) throw new ContentError(file, null, `question "${q.id}": ${problems.join("; ")}`);
  return question;
}
