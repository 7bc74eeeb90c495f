import { describe, expect, it } from "vitest";
import { discriminationOf, flaggedItems, itemStatistics, type ItemResponse } from "./item-statistics";

const key = (questionId: string, answerIndex = 0) => ({ questionId, optionCount: 4, answerIndex });
/** Answers to q: [attempt score, right?, option picked (default: the key 0 when right, 1 when wrong)]. */
const answers = (questionId: string, rows: [number, boolean, number?][]): ItemResponse[] =>
  rows.map(([attemptScore, correct, chosen]) => ({
    questionId,
    attemptScore,
    correct,
    chosenIndex: chosen ?? (correct ? 0 : 1),
  }));
const one = (questionId: string, rows: [number, boolean, number?][], answerIndex = 0) =>
  itemStatistics([key(questionId, answerIndex)], answers(questionId, rows))[0]!;

describe("facility and discrimination", () => {
  it("ranks ten answers by attempt score and compares the top and bottom three", () => {
    // Right at scores 1.0, .9, .8, .6, .4; wrong at .7, .5, .3, .2, .1 → facility 5/10 = 0.5.
    // Groups of round(0.27 × 10) = 3: upper {1.0, .9, .8} all right = 1; lower {.1, .2, .3} all wrong = 0 → D = 1.
    const stats = one("q", [
      [1.0, true],
      [0.9, true],
      [0.8, true],
      [0.7, false],
      [0.6, true],
      [0.5, false],
      [0.4, true],
      [0.3, false],
      [0.2, false],
      [0.1, false],
    ]);
    expect(stats.answers).toBe(10);
    expect(stats.facility).toBe(0.5);
    expect(stats.discrimination).toBe(1);
    // Ten answers are below the minimum sample: nothing is flagged, whatever the figures.
    expect(stats.flags).toEqual([]);
  });

  it("shares the places at a group's edge among answers tied on the score, in any order", () => {
    // Scores .9 R, .6 R, .6 W, .6 W, .6 R, .1 W. Groups of round(0.27 × 6) = 2.
    // Upper: .9 (right) fills one place; the four tied at .6 (2 of 4 right, mean .5) fill the other:
    // (1 + .5) / 2 = .75. Lower: .1 (wrong) then one place of the .6 block: (0 + .5) / 2 = .25. D = .5.
    const rows: [number, boolean][] = [
      [0.9, true],
      [0.6, true],
      [0.6, false],
      [0.6, false],
      [0.6, true],
      [0.1, false],
    ];
    expect(discriminationOf(rows.map(([attemptScore, correct]) => ({ attemptScore, correct })))).toBe(0.5);
    const reordered = [rows[3]!, rows[1]!, rows[5]!, rows[2]!, rows[0]!, rows[4]!];
    expect(discriminationOf(reordered.map(([attemptScore, correct]) => ({ attemptScore, correct })))).toBe(0.5);
  });

  it("gives 0 when every attempt scored the same", () => {
    // Four answers all at .5, two right: both groups (1 place) get the block's mean .5 → D = 0.
    expect(
      discriminationOf([
        { attemptScore: 0.5, correct: true },
        { attemptScore: 0.5, correct: false },
        { attemptScore: 0.5, correct: true },
        { attemptScore: 0.5, correct: false },
      ]),
    ).toBe(0);
  });

  it("handles tiny samples", () => {
    // No answers: no facility, no discrimination, nothing picked.
    expect(one("q", [])).toMatchObject({ answers: 0, facility: null, discrimination: null, pickRates: [0, 0, 0, 0] });
    // One answer: a facility, but two groups cannot be formed.
    expect(one("q", [[0.4, true]])).toMatchObject({ facility: 1, discrimination: null });
    // Two answers: groups of max(1, round(0.54)) = 1: the .9 attempt right, the .3 one wrong → D = 1.
    expect(
      one("q", [
        [0.3, false],
        [0.9, true],
      ]),
    ).toMatchObject({ facility: 0.5, discrimination: 1 });
  });
});

describe("flags", () => {
  // Twenty attempts scored 1/20 … 20/20.
  const twenty = (right: (i: number) => boolean, chosen?: (i: number) => number): [number, boolean, number?][] =>
    Array.from({ length: 20 }, (_, k) => [(k + 1) / 20, right(k + 1), chosen?.(k + 1)]);

  it("flags an item the better half gets wrong: usually a wrong key", () => {
    // Right only in attempts 1–10 → facility .5. Groups of round(5.4) = 5: upper (16–20) 0, lower (1–5) 1 → D = −1.
    const stats = one(
      "q",
      twenty((i) => i <= 10),
    );
    expect(stats.facility).toBe(0.5);
    expect(stats.discrimination).toBe(-1);
    expect(stats.flags).toEqual(["negative-discrimination"]);
  });

  it("flags too easy above 90 % and too hard below 30 %, from twenty answers on", () => {
    // 19 of 20 right = .95.
    expect(
      one(
        "easy",
        twenty((i) => i !== 1),
      ).flags,
    ).toEqual(["too-easy"]);
    // 5 of 20 right = .25 (the five best attempts, so D = 1: hard, but not broken).
    expect(
      one(
        "hard",
        twenty((i) => i > 15),
      ).flags,
    ).toEqual(["too-hard"]);
    // 19 answers, all right: too few to judge.
    expect(one("few", twenty(() => true).slice(1)).flags).toEqual([]);
  });

  it("reports each option's pick rate and the distractors almost nobody picks", () => {
    // Key 0 picked 15 times, option 1 four times, option 2 once (5 %: still functional), option 3 never.
    const stats = one(
      "q",
      twenty(
        (i) => i > 5,
        (i) => (i > 5 ? 0 : i === 1 ? 2 : 1),
      ),
    );
    expect(stats.pickRates).toEqual([0.75, 0.2, 0.05, 0]);
    expect(stats.facility).toBe(0.75);
    expect(stats.nonFunctionalDistractors).toEqual([3]);
  });

  it("lists flagged items worst first and leaves the rest out", () => {
    const keys = [key("fine"), key("easy"), key("broken")];
    const responses = [
      // fine: right in attempts 9–20 → facility .6, D = 1.
      ...answers(
        "fine",
        Array.from({ length: 20 }, (_, k) => [(k + 1) / 20, k + 1 > 8]),
      ),
      ...answers(
        "easy",
        Array.from({ length: 20 }, (_, k) => [(k + 1) / 20, k > 0]),
      ),
      ...answers(
        "broken",
        Array.from({ length: 20 }, (_, k) => [(k + 1) / 20, k < 10]),
      ),
    ];
    expect(flaggedItems(itemStatistics(keys, responses)).map((s) => s.questionId)).toEqual(["broken", "easy"]);
  });
});
