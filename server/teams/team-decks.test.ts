import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { optionsOf } from "@/server/db/columns";
import { useTempDatabase, useTestTeam, uuid } from "@/server/test/fixtures";
import { visibleDecksWhere } from "@/server/access/access";
import { changeDeckOverrides, draftView, previewTeamDeck, publishTeamDeck, saveDraft, teamDecks } from "./team-decks";

const now = new Date("2026-11-26T09:00:00Z");
const bytes = (text: string) => new TextEncoder().encode(text);
const faq = readFileSync("e2e/fixtures/team-faq.md");
// The same explicit id twice: the compiler refuses the file and names the second one's line.
const malformed = bytes(
  "# Broken\n\n<!-- id: same -->\n### What is A?\n\nOne.\n\n<!-- id: same -->\n### What is B?\n\nTwo.\n",
);

describe("team decks", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);

  /** The team FAQ uploaded under this title, as request n. */
  const upload = (title: string, n: number) => ({
    teamId: team.id,
    title,
    language: "en" as const,
    fileName: "team-faq.md",
    markdown: faq,
    clientRequestId: uuid(n),
  });
  const counts = async () =>
    Promise.all([temp.db.deck.count(), temp.db.entry.count(), temp.db.card.count(), temp.db.question.count()]);
  const visibleSlugs = async (userId: string | null) =>
    (await temp.db.deck.findMany({ where: visibleDecksWhere(userId), select: { slug: true } })).map((d) => d.slug);

  it("previews an upload with its entries, cards, questions and warnings, writing nothing", async () => {
    const before = await counts();
    const preview = await previewTeamDeck({
      teamId: team.id,
      title: "Onboarding",
      language: "en",
      fileName: "team-faq.md",
      markdown: faq,
    });
    if (!preview.ok) throw new Error(preview.problem.message);
    expect(preview.preview.entries.map((e) => e.question)).toEqual([
      "What is Git?",
      "What is a pull request?",
      "What is CI?",
      "What is a code review?",
      "What is a staging environment?",
    ]);
    expect(preview.preview.cards.length).toBeGreaterThanOrEqual(5);
    expect(preview.preview.questions.length).toBeGreaterThan(0);
    expect(Array.isArray(preview.preview.warnings)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it("names the file and line of a malformed upload and changes nothing, in preview and on save", async () => {
    const before = await counts();
    const input = {
      teamId: team.id,
      title: "Broken",
      language: "en" as const,
      fileName: "broken.md",
      markdown: malformed,
    };
    expect(await previewTeamDeck(input)).toEqual({
      ok: false,
      reason: "content",
      problem: { file: "broken.md", line: 9, message: 'id "same" is already used at broken.md:4' },
    });
    expect(await saveDraft(temp.db, team.owner, { ...input, clientRequestId: uuid(1) }, now)).toMatchObject({
      ok: false,
      reason: "content",
      problem: { file: "broken.md", line: 9 },
    });
    expect(await counts()).toEqual(before);
  });

  it("keeps uploads to the team's admins", async () => {
    const input = upload("Onboarding", 2);
    expect(await saveDraft(temp.db, team.member, input, now)).toEqual({ ok: false, reason: "forbidden" });
    expect(await saveDraft(temp.db, team.outsider, input, now)).toEqual({ ok: false, reason: "not-found" });
    expect(await temp.db.deck.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("stores an upload as a draft that only a publish shows to the team's members", async () => {
    const saved = await saveDraft(temp.db, team.owner, upload("Onboarding FAQ", 3), now);
    if (!saved.ok) throw new Error(saved.reason);
    expect(saved.slug).toMatch(/^team-[0-9a-f]{10}-onboarding-faq$/);
    const deck = await temp.db.deck.findUniqueOrThrow({ where: { slug: saved.slug } });
    expect(deck).toMatchObject({
      teamId: team.id,
      title: "Onboarding FAQ",
      language: "en",
      publishedAt: null,
      sourcePath: "team-faq.md",
      sourceMarkdown: faq.toString("utf8"),
    });
    expect(await temp.db.entry.count({ where: { deckId: deck.id } })).toBe(5);
    expect(await visibleSlugs(team.member)).not.toContain(saved.slug);
    expect(await visibleSlugs(team.owner)).not.toContain(saved.slug);

    const view = await draftView(temp.db, team.owner, team.id, saved.slug);
    expect(view.ok && view.view.entries).toHaveLength(5);
    expect(view.ok && view.view.entries[0]!.cards.length).toBeGreaterThan(0);
    expect(await draftView(temp.db, team.member, team.id, saved.slug)).toEqual({ ok: false, reason: "forbidden" });
    expect(await draftView(temp.db, team.outsider, team.id, saved.slug)).toEqual({ ok: false, reason: "not-found" });
    expect(await teamDecks(temp.db, team.id)).toEqual([
      expect.objectContaining({ slug: saved.slug, published: false, entries: 5 }),
    ]);

    expect(await publishTeamDeck(temp.db, team.member, { teamId: team.id, slug: saved.slug }, now)).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await publishTeamDeck(temp.db, team.owner, { teamId: team.id, slug: saved.slug }, now)).toEqual({
      ok: true,
      slug: saved.slug,
      publishedAt: now,
    });
    expect(
      await publishTeamDeck(
        temp.db,
        team.owner,
        { teamId: team.id, slug: saved.slug },
        new Date(now.getTime() + 60_000),
      ),
    ).toEqual({ ok: true, slug: saved.slug, publishedAt: now });
    expect(await visibleSlugs(team.member)).toContain(saved.slug);
    expect(await visibleSlugs(team.owner)).toContain(saved.slug);
    expect(await visibleSlugs(team.outsider)).not.toContain(saved.slug);
    expect(await visibleSlugs(null)).not.toContain(saved.slug);
    const [summary] = await teamDecks(temp.db, team.id);
    expect(summary).toMatchObject({
      published: true,
      entries: 5,
      cards: await temp.db.card.count({ where: { entry: { deckId: deck.id } } }),
    });
  });

  it("creates one deck for a double-submitted upload", async () => {
    const input = upload("Runbook", 4);
    const [a, b] = await Promise.all([
      saveDraft(temp.db, team.owner, input, now),
      saveDraft(temp.db, team.owner, input, now),
    ]);
    const c = await saveDraft(temp.db, team.owner, input, now);
    expect(a.ok && b.ok && c.ok).toBe(true);
    const slugs = [a, b, c].map((r) => (r.ok ? r.slug : null));
    expect(new Set(slugs).size).toBe(1);
    expect(c).toMatchObject({ created: false });
    expect(await temp.db.deck.count({ where: { teamId: team.id, title: "Runbook" } })).toBe(1);
    // A Chinese title has no ASCII words: the slug is just the key.
    const zh = await saveDraft(
      temp.db,
      team.owner,
      { ...input, title: "入职问答", language: "zh-CN", clientRequestId: uuid(5) },
      now,
    );
    expect(zh.ok && zh.slug).toMatch(/^team-[0-9a-f]{10}$/);
  });

  it("applies override changes by recompiling, and changes nothing when the compiler refuses them", async () => {
    const deck = await temp.db.deck.findFirstOrThrow({
      where: { teamId: team.id, title: "Onboarding FAQ" },
      select: { id: true },
    });
    const question = await temp.db.question.findFirstOrThrow({
      where: { entry: { deckId: deck.id }, archivedAt: null },
    });
    const snapshot = () =>
      Promise.all([
        temp.db.deck.findUniqueOrThrow({ where: { id: deck.id } }),
        temp.db.question.findMany({ where: { entry: { deckId: deck.id } }, orderBy: { id: "asc" } }),
      ]);
    const before = await snapshot();
    const repeated = await changeDeckOverrides(
      temp.db,
      deck.id,
      {
        kind: "question",
        itemId: question.id,
        stem: "Which tool?",
        answer: "Git",
        distractors: ["Git", "Svn", "Hg"],
        explanation: "Git.",
      },
      now,
    );
    expect(repeated).toMatchObject({ ok: false, reason: "content", problem: { file: "overrides.yaml", line: null } });
    expect(await snapshot()).toEqual(before);

    expect(
      await changeDeckOverrides(
        temp.db,
        deck.id,
        {
          kind: "question",
          itemId: question.id,
          stem: "Which tool tracks versions?",
          answer: "Git",
          distractors: ["Make", "Bash", "Vim"],
          explanation: "Git tracks versions.",
        },
        now,
      ),
    ).toEqual({ ok: true });
    const edited = await temp.db.question.findUniqueOrThrow({ where: { id: question.id } });
    expect(edited).toMatchObject({
      stem: "Which tool tracks versions?",
      explanation: "Git tracks versions.",
      archivedAt: null,
    });
    expect(optionsOf(edited.options).sort()).toEqual(["Bash", "Git", "Make", "Vim"]);
    const stored = await temp.db.deck.findUniqueOrThrow({
      where: { id: deck.id },
      select: { overridesYaml: true, publishedAt: true },
    });
    expect(stored.overridesYaml).toContain(question.id);
    expect(stored.publishedAt).toEqual(now);
  });
});
