import { describe, expect, it } from "vitest";
import { canSeeDeck } from "@/server/access/access";
import { draftView, publishTeamDeck, saveDraft } from "@/server/teams/team-decks";
import { useTempDatabase, useTestTeam, uuid } from "@/server/test/fixtures";

const now = new Date("2026-11-26T09:00:00Z");
const csv = (text: string) => new TextEncoder().encode(text);
const capitals = csv("front,back\nFrance,Paris\nGermany,Berlin\nAtlantis,\nItaly,Rome\nSpain,Madrid\n");

// A team admin's upload of a CSV goes the way of a FAQ upload: a draft only admins see, then published.
describe("a CSV uploaded as a team deck", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);
  const upload = (bytes: Uint8Array, n: number) => ({
    teamId: team.id,
    title: "Capitals",
    language: "en" as const,
    fileName: "capitals.csv",
    markdown: bytes,
    clientRequestId: uuid(n),
  });

  it("is saved as a draft of its cards, with the rows left out as warnings, and published to the team", async () => {
    const saved = await saveDraft(temp.db, team.admin, upload(capitals, 1), now);
    if (!saved.ok) throw new Error(saved.reason);
    const deck = await temp.db.deck.findUniqueOrThrow({ where: { slug: saved.slug } });
    expect(deck).toMatchObject({ teamId: team.id, ownerId: null, title: "Capitals", sourceMarkdown: null });
    expect(await canSeeDeck(temp.db, team.member, deck.id)).toBe(false);

    const view = await draftView(temp.db, team.admin, team.id, saved.slug);
    if (!view.ok) throw new Error(view.reason);
    expect(view.view.counts).toMatchObject({ entries: 4, cards: 4 });
    expect(view.view.entries.map((e) => e.question)).toEqual(["France", "Germany", "Italy", "Spain"]);
    expect(view.view.warnings).toEqual([expect.objectContaining({ file: "capitals.csv", line: 4 })]);

    expect((await publishTeamDeck(temp.db, team.admin, { teamId: team.id, slug: saved.slug }, now)).ok).toBe(true);
    expect(await canSeeDeck(temp.db, team.member, deck.id)).toBe(true);
    expect(await canSeeDeck(temp.db, team.outsider, deck.id)).toBe(false);
  });

  it("refuses a file with no card, and a member's upload, saving nothing", async () => {
    const before = await temp.db.deck.count();
    expect(await saveDraft(temp.db, team.admin, upload(csv("front,back\nAtlantis,\n"), 2), now)).toMatchObject({
      ok: false,
      reason: "content",
      problem: { file: "capitals.csv" },
    });
    expect(await saveDraft(temp.db, team.member, upload(capitals, 3), now)).toEqual({ ok: false, reason: "forbidden" });
    expect(await temp.db.deck.count()).toBe(before);
  });
});
