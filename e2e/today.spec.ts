import { expect, test, type Locator, type Page } from "@playwright/test";
import { keepStudyDayRolloverAway, signUp } from "./helpers";
import { gradeWithKey } from "./study-helpers";

const EBPF = "eBPF 与 XDP 常见问题";

/** The New / Learning / Due numbers a deck shows for today, read by their labels. */
async function todayOf(where: Locator): Promise<Record<"New" | "Learning" | "Due", number>> {
  // The page may still show its loading state: wait for the three counts as a reader would.
  await expect(where.getByRole("term")).toHaveCount(3);
  const counts = where.getByRole("definition");
  const labels = await where.getByRole("term").allTextContents();
  const values = (await counts.allTextContents()).map(Number);
  return Object.fromEntries(labels.map((label, i) => [label, values[i]])) as Record<"New" | "Learning" | "Due", number>;
}

async function deckCardCount(page: Page): Promise<number> {
  await page.goto("/decks/ebpf");
  return Number((await page.getByTestId("deck-counts").textContent())!.match(/(\d+) flashcards/)![1]);
}

test("a new learner sees what to study today on the home, deck and progress pages, unstarted decks counting as new", async ({
  page,
}) => {
  await signUp(page);
  await keepStudyDayRolloverAway(page);
  const cards = await deckCardCount(page);
  const deckToday = page.getByTestId("today-counts");
  expect(await todayOf(deckToday)).toEqual({ New: Math.min(20, cards), Learning: 0, Due: 0 });

  await page.goto("/");
  const deck = page.getByTestId("deck-ebpf");
  expect(await todayOf(deck.getByTestId("today-counts"))).toEqual({ New: 20, Learning: 0, Due: 0 });

  await page.goto("/progress");
  const notStarted = page.getByTestId("not-started");
  await expect(notStarted.getByRole("link", { name: EBPF })).toBeVisible();
  await expect(notStarted.getByRole("listitem").filter({ hasText: EBPF })).toContainText(`${cards} new cards`);
  const newTile = page.getByTestId("stat-new").locator("dd").first();
  expect(Number(await newTile.textContent())).toBeGreaterThanOrEqual(20);
  await expect(page.getByTestId("mastery")).toContainText(`0 of `);
  await expect(page.getByTestId("mastery")).not.toContainText("0 of 0 cards");
  await notStarted.getByRole("listitem").filter({ hasText: EBPF }).getByRole("link", { name: "Study" }).click();
  await expect(page).toHaveURL(/\/study\/ebpf$/);
});

test("after a few cards the counts move, and recall is one number over the whole deck everywhere", async ({ page }) => {
  await signUp(page);
  await keepStudyDayRolloverAway(page);
  const cards = await deckCardCount(page);
  await page.goto("/");
  await page.getByRole("link", { name: `Study ${EBPF}` }).click();
  for (let i = 0; i < 3; i++) await gradeWithKey(page, "3"); // Good: back in 10 minutes (learning)
  for (let i = 0; i < 3; i++) await gradeWithKey(page, "4"); // Easy: reviewed in days
  await expect(page.getByTestId("study-progress")).toContainText("6 done");

  await page.goto("/");
  expect(await todayOf(page.getByTestId("deck-ebpf").getByTestId("today-counts"))).toEqual({
    New: 14,
    Learning: 3,
    Due: 0,
  });
  await page.goto("/decks/ebpf");
  expect(await todayOf(page.getByTestId("today-counts"))).toEqual({ New: 14, Learning: 3, Due: 0 });

  // 6 of the deck's cards studied: recall now is near 6/cards, not the 100 % of "the cards you studied".
  await page.goto("/progress");
  const mastery = page.getByTestId("mastery");
  await expect(mastery).toContainText(`6 studied`);
  await expect(mastery.getByTestId("recall-definition")).toHaveText(
    "Recall now is the average chance of remembering each of the cards today, counting cards not studied yet as 0: the same figure a team’s results show.",
  );
  await mastery.getByText("Show the numbers as a table").click();
  const row = mastery.getByRole("row").filter({ has: page.getByRole("rowheader", { name: EBPF, exact: true }) });
  await expect(row.getByRole("cell")).toHaveText([String(cards), "6", "0%", /^\d+%$/]);
  const recall = Number((await row.getByRole("cell").last().textContent())!.replace("%", ""));
  expect(recall).toBeLessThanOrEqual(Math.ceil((6 / cards) * 100));
  expect(recall).toBeGreaterThanOrEqual(Math.floor((6 / cards) * 100 * 0.8));
});
