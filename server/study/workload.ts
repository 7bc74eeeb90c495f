// Workload before committing: a learner's live card states and own review timings, simulated at
// each desired retention of "Help me decide" (lib/study/workload-simulation does the simulating).
import type { MemoryState } from "@/lib/study/scheduling";
import type { LearnerSettings } from "@/lib/study/settings";
import { RETENTION_GRID, type WorkloadPoint } from "@/lib/study/workload-grid";
import { reviewCosts, workloadGrid, type ReviewCosts } from "@/lib/study/workload-simulation";
import type { Database } from "@/server/db/connection";
import { yieldToEventLoop } from "@/server/db/yield";
import { learnerSettings } from "./study-service";

/** Timed reviews read for the medians: the latest are the learner's pace now. */
const TIMED_REVIEWS = 2000;
/** The same seed on every load, so the figures do not flicker between visits. */
export const WORKLOAD_SEED = 20261201;

type SimulatedCard = Pick<MemoryState, "state" | "due" | "stability" | "difficulty" | "lastReview">;

/** The learner's live cards (new ones included) of decks they have opened, or of one deck (or topic); suspended ones marked. */
export async function liveCardStates(
  db: Database,
  userId: string,
  only: { deckId: string; topic: string | null } | null = null,
): Promise<(SimulatedCard & { suspended: boolean })[]> {
  const rows = await db.userCard.findMany({
    where: {
      userId,
      ...(only ? { deckId: only.deckId } : {}),
      card: {
        archivedAt: null,
        entry: { archivedAt: null, deck: { archivedAt: null }, ...(only?.topic ? { topic: only.topic } : {}) },
      },
    },
    select: { state: true, due: true, stability: true, difficulty: true, lastReview: true, suspended: true },
  });
  return rows.map((r) => ({ ...r, state: r.state as MemoryState["state"] }));
}

/** Seconds per review and per new card from the learner's own timed reviews, or the defaults. */
export async function learnerCosts(
  db: Database,
  userId: string,
  settings: Pick<LearnerSettings, "learningSteps" | "relearningSteps">,
): Promise<ReviewCosts> {
  const timed = (states: string[]) =>
    db.reviewLog.findMany({
      where: { userId, durationMs: { not: null }, stateBefore: { in: states } },
      orderBy: { reviewedAt: "desc" },
      take: TIMED_REVIEWS,
      select: { durationMs: true },
    });
  const [review, learning] = await Promise.all([timed(["review"]), timed(["new", "learning"])]);
  const ms = (rows: { durationMs: number | null }[]) => rows.map((r) => r.durationMs!);
  return reviewCosts({ reviewMs: ms(review), learningMs: ms(learning) }, settings);
}

export type LearnerWorkload = { grid: WorkloadPoint[]; cards: number; costs: ReviewCosts };

export async function learnerWorkload(db: Database, userId: string, now: Date): Promise<LearnerWorkload> {
  const settings = await learnerSettings(db, userId);
  const [all, costs] = await Promise.all([liveCardStates(db, userId), learnerCosts(db, userId, settings)]);
  const cards = all.filter((c) => !c.suspended);
  // One retention at a time, other requests answered in between: a big collection takes a few
  // hundred milliseconds of CPU over the whole grid.
  const grid: WorkloadPoint[] = [];
  for (const retention of RETENTION_GRID) {
    grid.push(...workloadGrid({ cards, settings, costs, now, seed: WORKLOAD_SEED }, [retention]));
    await yieldToEventLoop();
  }
  return { grid, cards: cards.length, costs };
}
