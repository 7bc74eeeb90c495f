import { expect, test, type Page } from "@playwright/test";
import { createTeam, interactive, signUp } from "./helpers";

async function upload(page: Page, teamPath: string, name: string, markdown: string): Promise<void> {
  await page.goto(`${teamPath}/decks/new`);
  await interactive(page);
  await page.getByLabel("Deck title").fill(name);
  await page.getByLabel("Deck language").selectOption("en");
  await page.getByLabel("Deck file").setInputFiles({ name, mimeType: "text/markdown", buffer: Buffer.from(markdown) });
  await page.getByRole("button", { name: "Upload and preview" }).click();
}

/** n entries of a few lines: big enough to keep the compiler busy for seconds. */
const manyEntries = (n: number) =>
  `# Big\n\n${Array.from({ length: n }, (_, i) => `## What is item ${i}?\n\nItem ${i} is thing number ${i}, used for ${i % 7} things.\n`).join("\n")}`;

test("the server keeps answering other requests while a hostile upload compiles", async ({ page, request }) => {
  test.setTimeout(180_000);
  await signUp(page);
  const teamPath = await createTeam(page, `Hardening team ${Date.now()}`);
  // Warm up the route, and measure how fast it answers on this machine without an upload.
  for (let i = 0; i < 3; i++) await request.get("/api/health");
  const baseline: number[] = [];
  for (let i = 0; i < 20; i++) {
    const at = performance.now();
    await request.get("/api/health");
    baseline.push(performance.now() - at);
    await new Promise((r) => setTimeout(r, 50));
  }

  // 4 000 entries within the limits, refused only after all of them are parsed: an explicit id
  // used twice, the second time at the very end.
  const hostile = `${manyEntries(4000)}\n<!-- id: twice -->\n## What is first?\n\nOne.\n\n<!-- id: twice -->\n## What is second?\n\nTwo.\n`;
  const started = Date.now();
  await upload(page, teamPath, "hostile.md", hostile);
  const refused = expect(page.getByTestId("content-problem")).toContainText('id "twice" is already used', {
    timeout: 120_000,
  });
  let done = false;
  void refused.finally(() => (done = true));
  const latencies: number[] = [];
  while (!done) {
    const at = performance.now();
    expect((await request.get("/api/health")).ok()).toBe(true);
    latencies.push(performance.now() - at);
    await new Promise((r) => setTimeout(r, 50));
  }
  await refused;
  const compileMs = Date.now() - started;
  const slowest = Math.max(...latencies);
  const median = latencies.sort((a, b) => a - b)[latencies.length >> 1]!;
  console.log(
    `baseline slowest ${Math.round(Math.max(...baseline))} ms; hostile upload refused after ${compileMs} ms; ${latencies.length} requests meanwhile, slowest ${Math.round(slowest)} ms, median ${Math.round(median)} ms`,
  );
  expect(latencies.length).toBeGreaterThan(10);
  // Compiled on the request thread, one request would wait for the whole compile (seconds). Over HTTP,
  // with the rest of the suite loading the same 2 cores, noise grows with the load, and the compile
  // takes longer too: no request may wait a large part of it. The 200 ms bound is checked on the
  // event loop itself in server/teams/team-deck-limits.test.ts, and timed in bench:upload-flow.
  const base = Math.max(...baseline);
  expect(slowest).toBeLessThan(Math.max(base + 1000, compileMs / 4));
  expect(median).toBeLessThan(Math.max(base + 200, compileMs / 10));
});

test("deeply nested quotes are refused at upload; an admin deletes a draft after confirming", async ({ page }) => {
  await signUp(page);
  const teamPath = await createTeam(page, `Hardening team ${Date.now()}`);

  const staircase = Array.from({ length: 140 }, (_, i) => `${">".repeat(i + 1)} level ${i}`).join("\n");
  await upload(page, teamPath, "deep.md", `# FAQ\n\n## Why?\n\n${staircase}\n`);
  const problem = page.getByTestId("content-problem");
  await expect(problem).toContainText("deep.md, line 37:");
  await expect(problem).toContainText("nested");
  await expect(problem).toContainText("Nothing was saved.");

  await upload(
    page,
    teamPath,
    "small.md",
    "## What is A?\n\nA is the first letter.\n\n## What is B?\n\nB follows A.\n",
  );
  await expect(page).toHaveURL(/\/preview$/);
  await interactive(page);
  const preview = page.url();
  await page.getByRole("button", { name: "Delete this draft" }).click();
  await expect(page.getByText("Delete the draft with all its entries, cards and questions?")).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Delete this draft" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page).toHaveURL(new RegExp(`${teamPath}$`));
  await expect(page.getByText("small.md")).toHaveCount(0);
  expect((await page.goto(preview))!.status()).toBe(404);
});
