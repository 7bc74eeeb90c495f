import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PARAMETERS, type FitResult } from "@/lib/study/fsrs/fit";
import { importSeedDeck } from "@/server/test/seed-deck";
import { seedReviewHistory } from "@/server/test/seed-review-history";
import { seedUsers, useTempDatabase } from "@/server/test/fixtures";
import type { FitOffThread } from "./fsrs-fit-off-thread";
import { optimizeIfDue, optimizeParameters, parametersStatus, REFIT_AFTER_REVIEWS } from "./fsrs-parameters";
import { learnerSettings, studyQueue } from "./study-service";

const now = new Date("2026-11-25T09:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const DAY_MS = 86_400_000;
// A learner who forgets four times faster after a first review than FSRS's defaults assume.
const WEAK_MEMORY = DEFAULT_PARAMETERS.map((w, i) => (i < 4 ? w / 4 : w));

/** A fit that reports the metrics it is given, after `until` resolves. */
const fakeFit =
  (fitted: number, until: Promise<void> = Promise.resolve()): FitOffThread =>
  async (columns) => {
    await until;
    return {
      ok: true,
      parameters: DEFAULT_PARAMETERS.map((w) => w * 1.1),
      items: columns.card.length,
      defaults: { logLoss: 0.4, rmseBins: 0.1 },
      fitted: { logLoss: fitted, rmseBins: 0.05 },
    } satisfies FitResult;
  };

describe("fitting a learner's FSRS parameters", () => {
  const temp = useTempDatabase();
  let deckId: string;
  let alice: string;
  let bob: string;
  let carol: string;
  let dave: string;

  beforeAll(async () => {
    deckId = await importSeedDeck(temp.db, now);
    [alice, bob, carol, dave] = await seedUsers(temp.db, ["alice", "bob", "carol", "dave"], now);
    for (const user of [alice, carol, dave])
      await seedReviewHistory(temp.db, user, deckId, { parameters: WEAK_MEMORY, days: 365, now });
  });

  it("says plainly that a learner without enough reviews cannot be fitted yet, and stores no parameters", async () => {
    expect(await optimizeParameters(temp.db, bob, now)).toEqual({
      ok: false,
      reason: "too-few",
      items: 0,
      needed: 400,
    });
    const status = await parametersStatus(temp.db, bob, now);
    expect(status).toMatchObject({
      reviews: 0,
      tooFew: { items: 0, needed: 400 },
      running: false,
      lastOutcome: "too-few",
      fit: null,
    });
    expect((await learnerSettings(temp.db, bob)).parameters).toBeUndefined();
  });

  it("after too few reviews to fit, tries again by itself only on a later day, not at every grade", async () => {
    const [frank] = await seedUsers(temp.db, ["frank"], now);
    expect(await optimizeParameters(temp.db, frank!, now)).toMatchObject({ reason: "too-few" });
    const yearLater = new Date(now.getTime() + 400 * DAY_MS);
    await seedReviewHistory(temp.db, frank!, deckId, { parameters: WEAK_MEMORY, days: 365, now: yearLater });
    expect(await optimizeIfDue(temp.db, frank!, new Date(now.getTime() + DAY_MS / 2), fakeFit(0.3))).toBeNull();
    expect(await optimizeIfDue(temp.db, frank!, yearLater, fakeFit(0.3))).toMatchObject({ ok: true });
  });

  it("fits in a worker thread, stores the parameters with both evaluations, and schedules with them", async () => {
    const outcome = await optimizeParameters(temp.db, alice, now);
    if (!outcome.ok) throw new Error(`expected a fit, got ${outcome.reason}`);
    expect(outcome.inUse).toBe("fitted");
    const status = await parametersStatus(temp.db, alice, later(1));
    expect(status.fit).toMatchObject({ fittedAt: now, inUse: "fitted", reviewCount: status.reviews });
    expect(status.tooFew).toBeNull();
    expect(status.fit!.fitted.logLoss).toBeLessThan(status.fit!.defaults.logLoss);
    expect(status.fit!.itemCount).toBeGreaterThanOrEqual(400);
    const { parameters } = await learnerSettings(temp.db, alice);
    expect(parameters).toEqual(outcome.result.parameters);
    expect(parameters).toHaveLength(21);

    // Easy on a new card is scheduled by the first-review stability: shorter for alice's weak memory.
    const easy = async (user: string) => (await studyQueue(temp.db, user, deckId, later(2))).cards[0]!.intervals.easy;
    expect(await easy(bob)).toBe("8d");
    expect(await easy(alice)).not.toBe("8d");
    expect(parseInt(await easy(alice))).toBeLessThan(8);
  }, 60_000);

  it("keeps the defaults when the fitted parameters predict the history worse", async () => {
    const outcome = await optimizeParameters(temp.db, carol, now, fakeFit(0.45));
    expect(outcome).toMatchObject({ ok: true, inUse: "defaults" });
    expect((await parametersStatus(temp.db, carol, now)).fit).toMatchObject({
      inUse: "defaults",
      defaults: { logLoss: 0.4 },
      fitted: { logLoss: 0.45 },
    });
    expect((await learnerSettings(temp.db, carol)).parameters).toBeUndefined();
    await optimizeParameters(temp.db, carol, later(1), fakeFit(0.35));
    expect((await learnerSettings(temp.db, carol)).parameters).toEqual(DEFAULT_PARAMETERS.map((w) => w * 1.1));
  });

  it("runs one fit per learner at a time: a second one while the first runs is refused", async () => {
    let finish!: () => void;
    const first = optimizeParameters(temp.db, dave, now, fakeFit(0.3, new Promise<void>((r) => (finish = r))));
    // Let the first claim the fit and start reading the log.
    await new Promise((r) => setTimeout(r, 50));
    expect(await optimizeParameters(temp.db, dave, later(1), fakeFit(0.3))).toEqual({ ok: false, reason: "running" });
    expect(await optimizeIfDue(temp.db, dave, later(1), fakeFit(0.3))).toBeNull();
    expect((await parametersStatus(temp.db, dave, later(1))).running).toBe(true);
    finish();
    expect(await first).toMatchObject({ ok: true });
    expect((await parametersStatus(temp.db, dave, later(2))).running).toBe(false);
    // A claim left by a server that stopped mid-fit expires.
    await temp.db.fsrsParameters.update({ where: { userId: dave }, data: { fitStartedAt: later(3) } });
    expect(await optimizeParameters(temp.db, dave, later(4), fakeFit(0.3))).toMatchObject({ reason: "running" });
    expect(await optimizeParameters(temp.db, dave, later(3 + 11), fakeFit(0.3))).toMatchObject({ ok: true });
  });

  it("fits by itself after a grade once enough reviews accumulated, and not again until many more", async () => {
    const [eve] = await seedUsers(temp.db, ["eve"], now);
    expect(await optimizeIfDue(temp.db, eve!, now, fakeFit(0.3))).toBeNull();
    await seedReviewHistory(temp.db, eve!, deckId, { parameters: WEAK_MEMORY, days: 365, now });
    expect(await optimizeIfDue(temp.db, eve!, now, fakeFit(0.3))).toMatchObject({ ok: true });
    expect(await optimizeIfDue(temp.db, eve!, later(1), fakeFit(0.3))).toBeNull();
    // REFIT_AFTER_REVIEWS reviews after the fit start the next one.
    const earlier = await temp.db.reviewLog.findMany({ where: { userId: eve! }, omit: { id: true } });
    for (const copy of [1, 2, 3])
      await temp.db.reviewLog.createMany({
        data: earlier.map((r) => ({
          ...r,
          clientReviewId: `${r.clientReviewId}-${copy}`,
          reviewedAt: new Date(r.reviewedAt.getTime() + copy * 400 * 86_400_000),
        })),
      });
    const newReviews = await temp.db.reviewLog.count({ where: { userId: eve!, reviewedAt: { gt: now } } });
    expect(newReviews).toBeGreaterThanOrEqual(REFIT_AFTER_REVIEWS);
    expect(await optimizeIfDue(temp.db, eve!, later(100_000), fakeFit(0.3))).toMatchObject({ ok: true });
  });
});
