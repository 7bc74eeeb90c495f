import { expect, test, type Locator, type Page } from "@playwright/test";
import { signUp } from "./helpers";

const EBPF = "eBPF 与 XDP 常见问题";

/** The New / Learning / Due numbers a deck shows for today, read by their labels. */
async function todayOf(where: Locator): Promise<Record<"New" | "Learning" | "Due", number>> {
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
