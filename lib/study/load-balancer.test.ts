import { describe, expect, it } from "vitest";
import {
  balanceRange,
  balanceWindow,
  chooseInterval,
  easyDayModifiers,
  rangeDays,
  type CandidateDay,
  type Weekday,
} from "./load-balancer";

const now = new Date("2026-03-02T10:00:00Z"); // a Monday
const settings = { loadBalancing: true, timeZone: "UTC", dayStartHour: 4 };

/** A week of candidate days (intervals 27–33), Monday to Sunday, with these cards already due. */
const week = (due: number[]): CandidateDay[] =>
  due.map((count, i) => ({ interval: 27 + i, due: count, weekday: ((1 + i) % 7) as Weekday }));

/** Places `cards` one after another, each seen by the next, as grades on the same days would be. */
function place(cards: number, days: CandidateDay[], easyDays: Weekday[] = []): number[] {
  const counts = days.map((d) => ({ ...d }));
  for (let i = 0; i < cards; i++) {
    const chosen = chooseInterval(counts, easyDays, `card-${i}:${now.toISOString()}`);
    counts.find((d) => d.interval === chosen)!.due++;
  }
  return counts.map((d, i) => d.due - days[i]!.due);
}

describe("balanceRange", () => {
  it("is ts-fsrs's fuzz range (Anki's), for intervals from 2.5 days up to 90", () => {
    expect(balanceRange(10, 4, 36500)).toEqual({ min: 8, max: 12 });
    expect(balanceRange(30, 12, 36500)).toEqual({ min: 27, max: 33 });
    expect(balanceRange(2, 1, 36500)).toBeNull();
    expect(balanceRange(91, 80, 36500)).toBeNull();
  });

  it("never shortens the interval to the time already elapsed since the last review (ts-fsrs's rule)", () => {
    expect(balanceRange(10, 9, 36500)).toEqual({ min: 10, max: 12 });
    expect(balanceRange(3, 1, 36500)).toEqual({ min: 2, max: 4 });
  });
});

describe("balanceWindow", () => {
  it("leaves ts-fsrs's interval alone when balancing is off or the card is not in review", () => {
    const graded = { state: "review", scheduledDays: 10, elapsedDays: 4 };
    expect(balanceWindow(graded, now, settings)).not.toBeNull();
    expect(balanceWindow(graded, now, { ...settings, loadBalancing: false })).toBeNull();
    expect(balanceWindow({ ...graded, state: "relearning" }, now, settings)).toBeNull();
    expect(balanceWindow({ ...graded, scheduledDays: 2 }, now, settings)).toBeNull();
  });

  it("gives each candidate its study day and that day's weekday in the learner's time zone", () => {
    const days = balanceWindow({ state: "review", scheduledDays: 10, elapsedDays: 4 }, now, settings)!;
    expect(days.map((d) => d.interval)).toEqual([8, 9, 10, 11, 12]);
    expect(days[0]).toMatchObject({
      start: new Date("2026-03-10T04:00:00Z"),
      end: new Date("2026-03-11T04:00:00Z"),
      weekday: 2,
    });
    // 02:00 in Shanghai is before its 4 am day start: the card is due on the previous study day.
    const [first] = rangeDays(new Date("2026-03-01T18:00:00Z"), { min: 3, max: 3 }, "Asia/Shanghai", 4);
    expect(first).toMatchObject({ start: new Date("2026-03-03T20:00:00Z"), weekday: 3 });
  });
});

describe("chooseInterval", () => {
  it("sends fewer cards to a day that is already full than to an empty one", () => {
    const picks = new Map<number, number>();
    const days = week([0, 25, 0, 25, 0, 25, 0]);
    for (let i = 0; i < 400; i++) {
      const chosen = chooseInterval(days, [], `card-${i}`);
      picks.set(chosen, (picks.get(chosen) ?? 0) + 1);
    }
    for (const full of [28, 30, 32])
      for (const empty of [27, 29, 31, 33]) {
        expect(picks.get(full) ?? 0).toBeLessThan(picks.get(empty) ?? 0);
      }
  });

  it("evens out the load as cards come due one after another", () => {
    const added = place(700, week([40, 0, 10, 0, 0, 20, 0]));
    const totals = added.map((n, i) => n + [40, 0, 10, 0, 0, 20, 0][i]!);
    // From 40 cards apart to a few: Anki's weights lean slightly towards earlier days.
    expect(Math.max(...totals) - Math.min(...totals)).toBeLessThanOrEqual(0.15 * (760 / 7));
  });

  it("gives an easy day a reduced share (Anki's 'reduced': about half)", () => {
    const saturday: Weekday = 6;
    const added = place(700, week([0, 0, 0, 0, 0, 0, 0]), [saturday]);
    const easy = added[5]!;
    const others = added.filter((_, i) => i !== 5);
    const average = others.reduce((s, n) => s + n, 0) / others.length;
    expect(easy).toBeLessThan(0.6 * average);
    expect(easy).toBeGreaterThan(0.4 * average);
    expect(easy).toBeLessThan(0.6 * place(700, week([0, 0, 0, 0, 0, 0, 0]))[5]!);
  });

  it("balances as usual when every day of the range is an easy day", () => {
    const days = week([3, 9, 1, 0, 4, 2, 7]);
    const all: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
    expect(easyDayModifiers(days, all)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    for (let i = 0; i < 50; i++) expect(chooseInterval(days, all, `s${i}`)).toBe(chooseInterval(days, [], `s${i}`));
  });

  it("is deterministic: the same card graded at the same time gets the same day", () => {
    const days = week([5, 5, 5, 5, 5, 5, 5]);
    const seed = `card-1:${now.toISOString()}`;
    expect(chooseInterval(days, [], seed)).toBe(chooseInterval(days, [], seed));
    const spread = new Set(Array.from({ length: 50 }, (_, i) => chooseInterval(days, [], `card-${i}`)));
    expect(spread.size).toBeGreaterThan(3);
  });
});
