import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { createTeam, interactive, signUp } from "./helpers";
import { answerKey, answerWithKey, optionNumber } from "./quiz-helpers";
import { gradeWithKey, revealAnswer } from "./study-helpers";

// Every page through axe, as a visitor, a learner and a team's admin see it: no serious or critical
// violation anywhere (each failure names the rule and the elements).

test("signed-out pages have no serious accessibility violations", async ({ page }) => {
  for (const path of ["/", "/signin", "/signup", "/decks/ebpf", "/no-such-page"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page, path);
  }
  await page.goto("/signup");
  await interactive(page);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
  await expectAccessible(page, "sign-up errors");
});

test("a learner's pages have no serious accessibility violations", async ({ page }) => {
  test.slow(); // six pages, each analysed by axe
  await signUp(page);
  const key = await answerKey(page);
  await expectAccessible(page, "/ (signed in)");
  for (const path of ["/progress", "/quiz", "/settings", "/account", "/decks/ebpf"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page, `${path} (new learner)`);
  }

  await page.goto("/study/ebpf");
  await expect(page.getByTestId("study-progress")).toBeVisible();
  await expectAccessible(page, "/study/ebpf (front)");
  await revealAnswer(page);
  await expectAccessible(page, "/study/ebpf (answer)");
  await gradeWithKey(page, "3");
  await page.goto("/study/ebpf/cards");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page, "/study/ebpf/cards");

  await page.goto("/quiz/ebpf");
  await expectAccessible(page, "/quiz/ebpf");
  await page.getByText("5", { exact: true }).click();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByTestId("quiz-question")).toBeVisible();
  await expectAccessible(page, "quiz question");
  await page.keyboard.press(String(await optionNumber(page, key, "wrong")));
  await expect(page.getByTestId("quiz-feedback")).toBeVisible();
  await expectAccessible(page, "quiz feedback (wrong)");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("quiz-feedback")).toHaveCount(0);
  for (let i = 0; i < 4; i++) await answerWithKey(page, key, "right");
  await expect(page.getByTestId("quiz-score")).toBeVisible();
  await expectAccessible(page, "quiz result");

  for (const path of ["/quiz", "/progress"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page, `${path} (with history)`);
  }
});

test("a team admin's pages have no serious accessibility violations", async ({ page, browser }) => {
  await signUp(page);
  const teamPath = await createTeam(page, `A11y team ${Date.now()}`);
  await interactive(page);
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  await page.getByLabel("Deck", { exact: true }).selectOption("ebpf");
  await page.getByLabel("Due date").fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  // The whole team means its learners: the lead takes it too only when picked.
  await page.getByRole("checkbox", { name: "(you)" }).check();
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByTestId("assignment")).toHaveCount(1);
  await expectAccessible(page, "team page");
  await page.goto("/teams");
  await expectAccessible(page, "/teams");
  await page.goto(teamPath);
  await page.getByRole("link", { name: "Results" }).click();
  await expect(page.getByTestId("member-results")).toBeVisible();
  await expectAccessible(page, "assignment results");
  await page.goto(`${teamPath}/reports`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page, "reports");

  await page.goto(`${teamPath}/decks/new`);
  await interactive(page);
  await expectAccessible(page, "deck upload");
  await page.getByLabel("Deck title").fill(`A11y deck ${Date.now()}`);
  await page.getByLabel("Deck file").setInputFiles("e2e/fixtures/team-faq.md");
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByTestId("deck-status")).toHaveText("Draft");
  await expectAccessible(page, "deck preview");

  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(link);
  await expect(visitor.getByTestId("join")).toBeVisible();
  await expectAccessible(visitor, "join (signed out)");
  await page.goto("/");
  await expect(page.getByTestId("my-assignment")).toHaveCount(1);
  await expectAccessible(page, "/ (with an assignment)");
  await context.close();
});
