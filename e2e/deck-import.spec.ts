import { expect, test, type Page } from "@playwright/test";
import { createTeam, interactive, pressUntil, signUp } from "./helpers";
import { expectAccessible } from "./axe";
import { gradeWithKey } from "./study-helpers";

// Five cards and, on line 4, a row without a back: the preview shows the cards and that line.
const capitals = [
  "front,back",
  "France,Paris",
  "Germany,Berlin",
  "Atlantis,",
  "Italy,Rome",
  "Spain,Madrid",
  "Portugal,Lisbon",
].join("\n");

const csvFile = (name: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(capitals) });

/** Imports the CSV as the signed-in learner, from the home page's link; returns the deck's slug. */
async function importCapitals(page: Page, name: string): Promise<string> {
  await page.goto("/");
  await page.getByRole("link", { name: "Import a deck" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import a deck");
  await interactive(page);
  await page.getByLabel("File to import").setInputFiles(csvFile(name));
  // The rest by keyboard: the history box, then Preview.
  await page.getByLabel("File to import").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Keep my Anki review history")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Preview" })).toBeFocused();
  await page.keyboard.press("Enter");

  const preview = page.getByTestId("import-preview");
  await expect(preview).toBeVisible();
  await expect(page.getByTestId("import-counts")).toContainText(`5 cards`);
  await expect(page.getByTestId("import-card")).toHaveCount(5);
  await expect(page.getByTestId("import-card").first()).toContainText("France");
  await expect(page.getByTestId("import-card").first()).toContainText("Paris");
  await expect(page.getByTestId("import-problems")).toContainText(`${name}, line 4:`);
  await expect(preview).toContainText("Importing creates a new deck that only you see.");
  await expectAccessible(page, "import preview");

  await page.getByRole("button", { name: "Create deck" }).click();
  await expect(page).toHaveURL(/\/decks\/me-[0-9a-f]{10}-[a-z0-9-]+$/);
  await expect(page.getByTestId("deck-counts")).toContainText("5 flashcards");
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

test("a learner imports a CSV into a deck of their own, studies it, and no one else can see or delete it", async ({
  page,
  browser,
}) => {
  await signUp(page);
  const name = `capitals-${Date.now()}.csv`;
  const slug = await importCapitals(page, name);
  await expect(page.getByText("Only you", { exact: true })).toBeVisible();

  await page.goto("/");
  await expect(page.getByTestId(`deck-${slug}`)).toContainText("Only you");

  await page.goto(`/study/${slug}`);
  await expect(page.getByTestId("study-card")).toContainText("France");
  await gradeWithKey(page, "3");

  // Its term/definition cards make quiz questions: other cards' backs are the wrong options.
  await page.goto(`/quiz/${slug}`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByTestId("quiz-question").getByRole("heading")).toHaveText(
    /^What is (France|Germany|Italy|Spain|Portugal)\?$/,
  );
  await expect(page.getByTestId("quiz-option")).toHaveCount(4);
  await interactive(page);
  await pressUntil(page, "1", page.getByTestId("quiz-feedback"));

  // The same file again: the preview offers to update the deck, which stays one deck.
  await page.goto("/decks/import");
  await interactive(page);
  await page.getByLabel("File to import").setInputFiles(csvFile(name));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-preview")).toContainText("You already have this deck.");
  await expect(page.getByRole("button", { name: "Update deck" })).toBeVisible();

  // The owner's delete request, recorded (and stopped) to be sent again by someone else.
  await page.goto(`/decks/${slug}`);
  await interactive(page);
  let recorded: { headers: Record<string, string>; body: Buffer } | null = null;
  await page.route(`**/decks/${slug}`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    recorded = { headers: request.headers(), body: request.postDataBuffer()! };
    await route.abort();
  });
  await page.getByRole("button", { name: "Delete deck" }).click();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect.poll(() => recorded).not.toBeNull();
  await page.unroute(`**/decks/${slug}`);

  const context = await browser.newContext();
  const other = await context.newPage();
  await signUp(other);
  for (const path of [
    `/decks/${slug}`,
    `/study/${slug}`,
    `/quiz/${slug}`,
    `/study/${slug}/cards`,
    `/decks/${slug}/export?format=csv`,
  ]) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(other.getByTestId(`deck-${slug}`)).toHaveCount(0);
  await other.goto("/");
  await expect(other.getByTestId(`deck-${slug}`)).toHaveCount(0);
  // The delete action posted directly, with the other learner's session: refused, nothing deleted.
  const { headers, body } = recorded!;
  const replay = await other.request.post(`/decks/${slug}`, {
    headers: {
      "content-type": headers["content-type"]!,
      "next-action": headers["next-action"]!,
      accept: headers["accept"] ?? "text/x-component",
    },
    data: body,
  });
  expect(replay.headers()["content-type"]).toContain("text/x-component");
  expect(await replay.text()).toContain('"formError":"not-found"');
  await context.close();

  await page.goto(`/decks/${slug}`);
  await expect(page.getByTestId("deck-counts")).toContainText("5 flashcards");
  // The owner deletes it for real.
  await interactive(page);
  await page.getByRole("button", { name: "Delete deck" }).click();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId(`deck-${slug}`)).toHaveCount(0);
});

test("an admin uploads a CSV as a team deck draft, previews it and publishes it", async ({ page }) => {
  await signUp(page);
  const teamPath = await createTeam(page, `Import team ${Date.now()}`);
  await page.goto(`${teamPath}/decks/new`);
  await interactive(page);
  const title = `Capitals ${Date.now()}`;
  await page.getByLabel("Deck title").fill(title);
  await page.getByLabel("Deck language").selectOption("en");
  await page.getByLabel("Deck file").setInputFiles(csvFile("capitals.csv"));
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page).toHaveURL(/\/decks\/team-[0-9a-f]{10}-[a-z0-9-]+\/preview$/);
  await expect(page.getByTestId("deck-status")).toHaveText("Draft");
  await expect(page.getByTestId("preview-entry")).toHaveCount(5);
  await expect(page.getByTestId("preview-entry").first()).toContainText("France");
  await expect(page.getByTestId("warnings")).toContainText("capitals.csv, line 4:");
  await page.getByRole("button", { name: "Publish to the team" }).click();
  await expect(page.getByTestId("deck-status")).toHaveText("Published");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
});

test("a file over the import limit is refused in the browser with a clear message", async ({ page }) => {
  await signUp(page);
  await page.goto("/decks/import");
  await interactive(page);
  await page
    .getByLabel("File to import")
    .setInputFiles({ name: "huge.apkg", mimeType: "application/zip", buffer: Buffer.alloc(11 * 1024 * 1024) });
  await expect(page.getByText("The file is larger than 10 MB.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Preview" })).toBeDisabled();
});
