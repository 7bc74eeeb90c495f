import { beforeAll, describe, expect, it } from "vitest";
import { importSeedDeck } from "@/server/test/seed-deck";
import { useTempDatabase, useTestTeam } from "@/server/test/fixtures";
import { gradeCard, saveLearnerSettings, studyQueue } from "@/server/study/study-service";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/study/settings";
import { assignmentWorkloadPreview, type WorkloadPreviewInput } from "./workload-preview";

const now = new Date("2026-11-25T09:00:00Z");

describe("the lead's workload preview", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);
  let topic: string;
  let topicCards: number;
  let deckCards: number;

  beforeAll(async () => {
    const deckId = await importSeedDeck(temp.db, now);
    // The seed deck has no topics: give its first six entries one.
    topic = "Basics";
    const first = await temp.db.entry.findMany({ where: { deckId }, orderBy: { position: "asc" }, take: 6 });
    await temp.db.entry.updateMany({ where: { id: { in: first.map((e) => e.id) } }, data: { topic } });
    deckCards = await temp.db.card.count({ where: { archivedAt: null, entry: { deckId, archivedAt: null } } });
    topicCards = await temp.db.card.count({ where: { archivedAt: null, entry: { deckId, topic } } });
  });

  const input = (over: Partial<WorkloadPreviewInput> = {}): WorkloadPreviewInput => ({
    teamId: team.id,
    deck: "ebpf",
    topic: null,
    dueDate: "2026-12-08",
    minRecall: 0.85,
    members: [team.member],
    ...over,
  });
  const preview = async (over: Partial<WorkloadPreviewInput> = {}, actor = team.owner) => {
    const result = await assignmentWorkloadPreview(temp.db, actor, input(over), now);
    if (!result.ok) throw new Error(result.reason);
    return result;
  };

  it("is for those who make assignments: a plain member or an outsider is refused", async () => {
    expect(await assignmentWorkloadPreview(temp.db, team.member, input(), now)).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect((await assignmentWorkloadPreview(temp.db, team.outsider, input(), now)).ok).toBe(false);
    expect((await preview({}, team.admin)).members).toHaveLength(1);
  });

  it("counts every card as new for a member who never opened the deck, until the due date", async () => {
    const result = await preview();
    expect(result.days).toBe(14);
    expect(result.cards).toBe(deckCards);
    expect(deckCards).toBeGreaterThan(40);
    const member = result.members[0]!;
    expect(member).toMatchObject({ userId: team.member, label: "member", retention: 0.85, newCards: deckCards });
    expect(member.minutesPerDay).toBeGreaterThan(0);
  });

  it("asks less a day of a smaller part of the deck, and of a later due date", async () => {
    const whole = (await preview()).members[0]!.minutesPerDay;
    const part = await preview({ topic });
    expect(part.cards).toBe(topicCards);
    expect(part.cards).toBeLessThan(deckCards);
    expect(part.members[0]!.minutesPerDay).toBeLessThan(whole);
    expect((await preview({ dueDate: "2027-01-31" })).members[0]!.minutesPerDay).toBeLessThan(whole);
  });

  it("uses each member's own desired retention and limits when there is no recall target", async () => {
    await saveLearnerSettings(
      temp.db,
      team.member,
      { ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.8, newPerDay: 5 },
      now,
    );
    const member = (await preview({ minRecall: null })).members[0]!;
    expect(member.retention).toBe(0.8);
    expect(member.newCards).toBe(deckCards); // five a day for fourteen days is enough
    // Six days (today and the due day included) at five a day: thirty of them.
    const slow = (await preview({ minRecall: null, dueDate: "2026-11-30" })).members[0]!;
    expect(slow.newCards).toBe(30);
  });

  it("counts the cards a member has studied as theirs, not as new", async () => {
    const deckId = (await temp.db.deck.findUniqueOrThrow({ where: { slug: "ebpf" } })).id;
    await studyQueue(temp.db, team.admin, deckId, now);
    const cards = await temp.db.userCard.findMany({ where: { userId: team.admin }, take: 5 });
    for (const [n, card] of cards.entries())
      await gradeCard(
        temp.db,
        team.admin,
        { clientReviewId: `a${n}`, userCardId: card.id, version: card.version, grade: "easy" },
        now,
      );
    const admin = (await preview({ members: [team.admin] })).members[0]!;
    expect(admin.newCards).toBe(deckCards - 5);
  });

  it("estimates only the team's members among those asked for", async () => {
    expect((await preview({ members: [team.member, team.outsider] })).members.map((m) => m.userId)).toEqual([
      team.member,
    ]);
  });
});
