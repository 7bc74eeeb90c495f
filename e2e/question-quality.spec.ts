import { expect, test, type Page } from "@playwright/test";
import { e2eDatabase, seedMembers } from "./database";
import { createTeam, interactive, signUp } from "./helpers";

async function publishTeamDeck(page: Page, teamPath: string, title: string): Promise<string> {
  await page.goto(`${teamPath}/decks/new`);
  await interactive(page);
  await page.getByLabel("Deck title").fill(title);
  await page.getByLabel("Deck language").selectOption("en");
  await page.getByLabel("Deck file").setInputFiles("e2e/fixtures/team-faq.md");
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page).toHaveURL(/\/preview$/);
  await page.getByRole("button", { name: "Publish to the team" }).click();
  await expect(page.getByTestId("deck-status")).toHaveText("Published");
  return new URL(page.url()).pathname.split("/").at(-2)!;
}

test("a lead sees the question strong learners miss, flagged, and hides it with one click", async ({ page }) => {
  await signUp(page);
  const teamPath = await createTeam(page, `Quality team ${Date.now()}`);
  const teamId = teamPath.split("/").at(-1)!;
  const slug = await publishTeamDeck(page, teamPath, `Onboarding ${Date.now()}`);

  // 24 learners took a 10-question quiz; on one question the 12 weakest (scores 1/24 … 12/24) chose
  // the key and the 12 strongest all chose the same other option: a wrong key, as it usually is.
  const db = e2eDatabase();
  const now = new Date();
  const deck = await db.deck.findUniqueOrThrow({ where: { slug } });
  const bad = await db.question.findFirstOrThrow({ where: { entry: { deckId: deck.id }, archivedAt: null } });
  const learners = await seedMembers(db, teamId, "Learner", 24, now);
  const wrong = (bad.answerIndex + 1) % 4;
  for (const [i, userId] of learners.entries()) {
    const strong = i >= 12;
    await db.quizAttempt.create({
      data: {
        userId,
        deckId: deck.id,
        kind: "quiz",
        clientAttemptId: crypto.randomUUID(),
        plan: "[]",
        questionCount: 24,
        correctCount: i + 1,
        startedAt: now,
        finishedAt: now,
        answers: {
          create: {
            questionId: bad.id,
            chosenIndex: strong ? wrong : bad.answerIndex,
            correct: !strong,
            answeredAt: now,
          },
        },
      },
    });
  }
  await db.$disconnect();

  await page.goto(`${teamPath}/overview`);
  await page.getByRole("link", { name: "Question quality" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Question quality" })).toBeVisible();
  await expect(page.getByTestId("sample-note")).toContainText("from 20 answers on");
  const flagged = page.getByTestId("flagged-question");
  await expect(flagged).toHaveCount(1);
  await expect(flagged).toContainText(bad.stem);
  await expect(flagged).toContainText("Negative discrimination");
  // 12 of 24 right; upper and lower groups of round(0.27 × 24) = 6: 0 − 1 = −1.
  await expect(flagged).toContainText("24 answers · 50 % right · discrimination −1.00");

  await interactive(page);
  await flagged.getByRole("button", { name: "Hide" }).click();
  await expect(flagged).toHaveCount(0);
  await expect(page.getByText(/No question is flagged in/)).toBeVisible();

  // The question is out of the deck for every learner.
  const check = e2eDatabase();
  expect((await check.question.findUniqueOrThrow({ where: { id: bad.id } })).archivedAt).not.toBeNull();
  await check.$disconnect();
});

test("members and outsiders get a 404 for the question-quality page", async ({ page, browser }) => {
  await signUp(page);
  const teamPath = await createTeam(page, `Closed team ${Date.now()}`);
  const other = await browser.newPage();
  await signUp(other);
  const response = await other.goto(`${teamPath}/questions`);
  expect(response?.status()).toBe(404);
  await other.close();
});
