// The lead's workload preview: before an assignment is saved, each member's expected minutes a day
// from today until the due date for the chosen deck or topic, at the assignment's recall target
// (or the member's own desired retention), simulated on their real card states of those cards.
import { newMemoryState } from "@/lib/study/scheduling";
import { studyDaysUntil, todayIn } from "@/lib/teams/due-date";
import { simulateWorkload, summarize } from "@/lib/study/workload-simulation";
import { authorizeTeam, teamDecksWhere } from "@/server/access/access";
import type { Database } from "@/server/db/connection";
import { learnerSettings, learnersSettings } from "@/server/study/study-service";
import { learnerCosts, liveCardStates, WORKLOAD_SEED } from "@/server/study/workload";

export type WorkloadPreviewInput = {
  teamId: string;
  deck: string;
  topic: string | null;
  dueDate: string;
  /** The study rule's minimum recall (0.85), or null to use each member's own desired retention. */
  minRecall: number | null;
  members: string[];
};

export type MemberWorkload = {
  userId: string;
  label: string;
  retention: number;
  minutesPerDay: number;
  reviewsPerDay: number;
  newCards: number;
};

export type WorkloadPreview =
  | { ok: true; days: number; cards: number; members: MemberWorkload[] }
  | { ok: false; reason: "forbidden" | "not-found" | "deck" };

export async function assignmentWorkloadPreview(
  db: Database,
  actorId: string,
  input: WorkloadPreviewInput,
  now: Date,
): Promise<WorkloadPreview> {
  const access = await authorizeTeam(db, actorId, input.teamId, "assignments.manage");
  if (!access.ok) return access;
  const deck = await db.deck.findFirst({
    where: { slug: input.deck, ...teamDecksWhere(input.teamId) },
    select: { id: true },
  });
  if (!deck) return { ok: false, reason: "deck" };
  const [cards, members, lead] = await Promise.all([
    db.card.count({
      where: {
        archivedAt: null,
        entry: { deckId: deck.id, archivedAt: null, ...(input.topic ? { topic: input.topic } : {}) },
      },
    }),
    db.teamMember.findMany({
      where: { teamId: input.teamId, userId: { in: input.members } },
      orderBy: { joinedAt: "asc" },
      select: { userId: true, user: { select: { name: true, email: true } } },
    }),
    learnerSettings(db, actorId),
  ]);
  const days = studyDaysUntil(todayIn(now, lead.timeZone), input.dueDate);
  const settings = await learnersSettings(
    db,
    members.map((m) => m.userId),
  );
  const results: MemberWorkload[] = [];
  for (const member of members) {
    const mine = settings.get(member.userId)!;
    const [known, costs] = await Promise.all([
      liveCardStates(db, member.userId, { deckId: deck.id, topic: input.topic }),
      learnerCosts(db, member.userId, mine),
    ]);
    // Cards of a deck the member never opened have no state yet: they are new.
    const unseen = Array.from({ length: Math.max(0, cards - known.length) }, () => newMemoryState(now));
    const retention = input.minRecall ?? mine.desiredRetention;
    const simulated = simulateWorkload({
      cards: [...known.filter((c) => !c.suspended), ...unseen],
      settings: { ...mine, desiredRetention: retention },
      costs,
      days,
      now,
      seed: WORKLOAD_SEED,
    });
    const summary = summarize(simulated, days);
    results.push({
      userId: member.userId,
      label: member.user.name ?? member.user.email,
      retention,
      minutesPerDay: summary.minutesPerDay,
      reviewsPerDay: summary.reviewsPerDay,
      newCards: simulated.reduce((sum, d) => sum + d.newCards, 0),
    });
  }
  return { ok: true, days, cards, members: results };
}
