import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { createTeam, interactive, signUp } from "./helpers";
import { revealAnswer } from "./study-helpers";

async function uploadAndPublish(page: Page, teamPath: string, title: string): Promise<string> {
  await page.goto(`${teamPath}/decks/new`);
  await interactive(page);
  await page.getByLabel("Deck title").fill(title);
  await page.getByLabel("Deck language").selectOption("en");
  await page.getByLabel("Deck file").setInputFiles("e2e/fixtures/team-faq.md");
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page).toHaveURL(/\/decks\/team-[0-9a-f]{10}-[a-z0-9-]+\/preview$/);
  const slug = new URL(page.url()).pathname.split("/").at(-2)!;
  await expect(page.getByTestId("deck-status")).toHaveText("Draft");
  await expect(page.getByTestId("preview-entry")).toHaveCount(5);
  await expect(page.getByTestId("preview-entry").first()).toContainText("What is Git?");
  expect(await page.getByTestId("card").count()).toBeGreaterThanOrEqual(5);
  expect(await page.getByTestId("question").count()).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Publish to the team" }).click();
  await expect(page.getByTestId("deck-status")).toHaveText("Published");
  return slug;
}

test("an admin uploads a FAQ file, previews it and publishes it; a malformed file names its file and line", async ({
  page,
}) => {
  await signUp(page);
  const teamPath = await createTeam(page, `Docs team ${Date.now()}`);
  const title = `Onboarding ${Date.now()}`;
  const slug = await uploadAndPublish(page, teamPath, title);

  await page.goto("/");
  const deck = page.getByTestId(`deck-${slug}`);
  await expect(deck.getByRole("heading", { name: title })).toBeVisible();
  await expect(deck.getByTestId("entry-count")).toHaveText("5 entries");

  // The same explicit id twice: refused with the file and line, and no deck is made.
  const broken = readFileSync("e2e/fixtures/team-faq.md", "utf8")
    .replace("### What is Git?", "<!-- id: same -->\n### What is Git?")
    .replace("### What is CI?", "<!-- id: same -->\n### What is CI?");
  await page.goto(`${teamPath}/decks/new`);
  await interactive(page);
  await page.getByLabel("Deck title").fill("Broken deck");
  await page
    .getByLabel("Deck file")
    .setInputFiles({ name: "broken-faq.md", mimeType: "text/markdown", buffer: Buffer.from(broken) });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  const problem = page.getByTestId("content-problem");
  await expect(problem).toContainText("broken-faq.md, line 15:");
  await expect(problem).toContainText('id "same" is already used at broken-faq.md:6');
  await expect(problem).toContainText("Nothing was saved.");
  await expect(page).toHaveURL(new RegExp(`${teamPath}/decks/new$`));
  await expect(page.getByLabel("Deck title")).toHaveValue("Broken deck");

  // A missing file is an error next to the file field.
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByText("Choose a file to upload.")).toBeVisible();
});

test("a learner reports a card of a team deck; an admin hides it from the reports queue", async ({ page }) => {
  await signUp(page);
  const teamPath = await createTeam(page, `Docs team ${Date.now()}`);
  const slug = await uploadAndPublish(page, teamPath, `Runbook ${Date.now()}`);

  await page.goto(`/study/${slug}`);
  const front = (await page.getByTestId("study-card").getByRole("heading", { level: 2 }).innerText()).trim();
  await revealAnswer(page);
  await page.getByTestId("report-problem").getByText("Report a problem").click();
  await page.getByLabel("What is wrong with it?").fill("The answer misses the staging step.");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("report-sent")).toHaveText("Thanks, the team's admins will look at it.");

  await page.goto(`${teamPath}/reports`);
  const report = page.getByTestId("report");
  await expect(report).toHaveCount(1);
  await expect(report.getByTestId("report-message")).toHaveText("The answer misses the staging step.");
  await expect(report.getByTestId("reported-item")).toContainText(front);
  await report.getByRole("button", { name: "Hide" }).click();
  await expect(page.getByTestId("report")).toHaveCount(0);
  await expect(page.getByTestId("resolved-report")).toContainText("Hidden");

  // The hidden card is gone from the deck.
  await page.goto(`/decks/${slug}`);
  await expect(page.getByTestId("card").filter({ hasText: front })).toHaveCount(0);
});
