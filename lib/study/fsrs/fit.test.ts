import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/content/seeded-random";
import { DEFAULT_PARAMETERS, evaluateParameters, fitParameters, FIT_MINIMUM_ITEMS } from "./fit";
import { syntheticHistory } from "./synthetic-history";
import { trainingItems, type TrainingItem } from "./training-items";

const start = new Date("2026-01-05T10:00:00Z");
// A learner who remembers far longer than FSRS's defaults assume: initial stabilities and the growth
// of stability after a successful review are several times the defaults'.
const TRUE_PARAMETERS = DEFAULT_PARAMETERS.map((w, i) => (i < 4 ? w * 4 : i === 8 ? w + 0.8 : w));

describe("fitting FSRS parameters", () => {
  it("fits a synthetic learner better than the defaults, and close to how they really remember", async () => {
    const items = trainingItems(
      syntheticHistory({ parameters: TRUE_PARAMETERS, cards: 400, days: 200, start, random: seededRandom("fit") }),
    );
    expect(items.length).toBeGreaterThan(FIT_MINIMUM_ITEMS);
    const result = await fitParameters(items);
    if (!result.ok) throw new Error("expected a fit");
    expect(result.parameters).toHaveLength(21);
    expect(result.fitted.logLoss).toBeLessThan(result.defaults.logLoss - 0.01);
    expect(result.fitted.rmseBins).toBeLessThan(result.defaults.rmseBins);
    // The metrics are the binding's evaluation of the same items.
    const again = evaluateParameters(items, DEFAULT_PARAMETERS);
    expect(result.defaults.logLoss).toBeCloseTo(again.logLoss, 5);
    expect(result.defaults.rmseBins).toBeCloseTo(again.rmseBins, 5);
    // Good's initial stability moved from the default towards the learner's (4x the default).
    expect(result.parameters[2]!).toBeGreaterThan(DEFAULT_PARAMETERS[2]! * 2);
  }, 60_000);

  it("fits and evaluates a history with many same-day reviews after a lapse", async () => {
    const items = trainingItems(
      syntheticHistory({ parameters: DEFAULT_PARAMETERS, cards: 100, days: 100, start, random: seededRandom("x") }),
    );
    // Learning steps, a lapse the next day, then a relearning step on that day: the last review is same-day.
    const relearned: TrainingItem = [
      { rating: 1, deltaT: 0 },
      { rating: 3, deltaT: 0 },
      { rating: 2, deltaT: 0 },
      { rating: 3, deltaT: 0 },
      { rating: 1, deltaT: 1 },
      { rating: 3, deltaT: 0 },
    ];
    const mixed = [...items, ...Array.from({ length: 100 }, () => relearned)];
    // The binding's own evaluation fails on such a mix; ours leaves the same-day predictions out of it.
    expect(() => evaluateParameters(mixed, DEFAULT_PARAMETERS)).toThrow(/InvalidInput/);
    const result = await fitParameters(mixed);
    if (!result.ok) throw new Error("expected a fit");
    expect(result.items).toBe(mixed.length);
    const onLaterDays = evaluateParameters(items, DEFAULT_PARAMETERS);
    expect(result.defaults.logLoss).toBeCloseTo(onLaterDays.logLoss, 5);
    expect(result.defaults.rmseBins).toBeCloseTo(onLaterDays.rmseBins, 5);
  }, 60_000);

  it("does not fit too few reviews, and says how many it needs", async () => {
    const items = trainingItems(
      syntheticHistory({ parameters: TRUE_PARAMETERS, cards: 20, days: 60, start, random: seededRandom("few") }),
    );
    expect(items.length).toBeLessThan(FIT_MINIMUM_ITEMS);
    expect(await fitParameters(items)).toEqual({
      ok: false,
      reason: "too-few",
      items: items.length,
      needed: FIT_MINIMUM_ITEMS,
    });
  });
});
