import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { readCsv } from "@/lib/interop/csv/read-csv";
import { expectAccessible } from "./axe";
import { interactive, signOut, signUp } from "./helpers";
import { gradeWithKey } from "./study-helpers";

async function downloaded(page: Page, start: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), start()]);
  return { download, text: await readFile((await download.path())!, "utf8") };
}

test("a deck downloads as a CSV file that reads back as its cards", async ({ page }) => {
  await signUp(page);
  await page.goto("/decks/ebpf");
  const cardCount = Number((await page.getByTestId("deck-counts").textContent())!.match(/(\d+) flashcards/)![1]);

  // The keyboard alone: the menu opens with Enter, closes with Escape, and its link downloads with Enter.
  await interactive(page);
  const toggle = page.getByTestId("export-menu").getByText("Export", { exact: true });
  const link = page.getByRole("link", { name: "Export as CSV" });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(link).toBeVisible();
  await expectAccessible(page, "the deck page with its Export menu open");
  await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(link).toBeHidden();
  await expect(toggle).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const { download, text } = await downloaded(page, () => page.keyboard.press("Enter"));
  await expect(link).toBeHidden();

  expect(download.suggestedFilename()).toBe("eBPF 与 XDP 常见问题.csv");
  expect(text.startsWith("\uFEFFfront,back,tags\r\n")).toBe(true);
  const read = readCsv(text, download.suggestedFilename());
  if (!read.ok) throw new Error(read.error.message);
  expect(read.deck.warnings).toEqual([]);
  expect(read.deck.cards).toHaveLength(cardCount);
  expect(read.deck.cards.some((c) => c.front.includes("XDP技术到底是干嘛的"))).toBe(true);

  const apkg = await page.request.get("/decks/ebpf/export?format=apkg");
  expect(apkg.status()).toBe(200);
  expect(apkg.headers()["content-disposition"]).toContain(".apkg");
  expect((await apkg.body()).subarray(0, 2).toString()).toBe("PK"); // a zip, as Anki packages are
  // In the closed Export menu, next to the CSV link.
  await expect(page.getByRole("link", { name: "Export for Anki (.apkg)", includeHidden: true })).toHaveAttribute(
    "href",
    /format=apkg/,
  );
  expect((await page.request.get("/decks/ebpf/export?format=xlsx")).status()).toBe(400);
  expect((await page.request.get("/decks/no-such-deck/export?format=csv")).status()).toBe(404);
});

test("a learner downloads their own review history, and only their own", async ({ page }) => {
  const started = Date.now();
  await signUp(page);
  await page.goto("/study/ebpf");
  await gradeWithKey(page, "3");
  await gradeWithKey(page, "1");

  await page.goto("/settings");
  await expectAccessible(page, "/settings with the review history download");
  const { download, text } = await downloaded(page, () =>
    page.getByRole("link", { name: "Download my review history" }).click(),
  );
  expect(download.suggestedFilename()).toBe("review-history.csv");
  const [header, ...rows] = text.trimEnd().split("\r\n");
  expect(header).toBe("card_id,review_time,review_rating,review_state,review_duration");
  expect(rows).toHaveLength(2);
  const cells = rows.map((row) => row.split(","));
  expect(cells.map(([, , rating, state]) => [rating, state])).toEqual([
    ["3", "0"],
    ["1", "0"],
  ]);
  for (const [cardId, time, , , duration] of cells) {
    expect(cardId).toMatch(/^ebpf\//);
    expect(Number(time)).toBeGreaterThanOrEqual(started);
    expect(Number(time)).toBeLessThanOrEqual(Date.now());
    expect(Number(duration)).toBeGreaterThanOrEqual(0);
  }
  expect(cells[0]![0]).not.toBe(cells[1]![0]);

  await signOut(page);
  expect((await page.request.get("/settings/review-history.csv")).status()).toBe(401);
  await signUp(page);
  await page.goto("/settings");
  const other = await downloaded(page, () => page.getByRole("link", { name: "Download my review history" }).click());
  expect(other.text).toBe("card_id,review_time,review_rating,review_state,review_duration\r\n");
});
