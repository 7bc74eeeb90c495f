import { expect, test, type Page } from "@playwright/test";
import { interactive } from "./helpers";

test("a deck page shows every entry with its flashcards and questions", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "eBPF 与 XDP 常见问题" }).click();
  await expect(page).toHaveURL(/\/decks\/ebpf$/);
  await expect(page.getByTestId("entry")).toHaveCount(18);
  await expect(page.getByTestId("deck-counts")).toContainText("18 entries");
  await interactive(page);

  // By its heading: other entries' questions may offer this question as an option.
  const xdp = page.getByTestId("entry").filter({ has: page.getByRole("heading", { name: "XDP技术到底是干嘛的" }) });
  await expect(xdp.getByText("XDP（eXpress Data Path）是一种高性能").first()).toBeVisible();
  await xdp.getByText(/^Flashcards/).click();
  await expect(xdp.getByTestId("card").filter({ hasText: "eXpress Data Path" }).first()).toBeVisible();
  await xdp.getByText(/^Multiple-choice questions/).click();
  const question = xdp.getByTestId("question").first();
  await expect(question.getByRole("listitem")).toHaveCount(4);
  await expect(question.getByText("(correct answer)")).toHaveCount(1);
});

test("hostile Markdown in a FAQ never runs in the reader's browser", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto("/decks/hostile");
  await expect(page.getByTestId("entry")).toHaveCount(5);
  await expect(page.locator("main strong", { hasText: "bold" }).first()).toBeVisible();

  const main = page.locator("main");
  await expect(main.locator("script, iframe, [onerror], [onclick]")).toHaveCount(0);
  await expect(main.locator('a[href^="javascript:" i]')).toHaveCount(0);
  // A javascript: link keeps its words and is no link at all (like any link that leads nowhere here).
  await expect(page.getByRole("link", { name: "Click me" })).toHaveCount(0);
  await main.getByText("Click me").first().click();
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("an unknown deck is a 404", async ({ page }) => {
  const response = await page.goto("/decks/no-such-deck");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a deck page sends its entries only; an entry's cards and questions load when it is opened", async ({
  page,
  request,
}) => {
  const html = await (await request.get("/decks/ebpf")).text();
  expect(html).not.toContain('data-testid="card"');
  expect(html).not.toContain('data-testid="question"');
  expect(html).toContain("XDP技术到底是干嘛的");

  await page.goto("/decks/ebpf");
  await interactive(page);
  // Not every entry has a fair multiple-choice question: the first that has one.
  const entry = page
    .getByTestId("entry")
    .filter({ hasText: /Multiple-choice questions \([1-9]/ })
    .first();
  await expect(entry.getByTestId("card")).toHaveCount(0);
  await entry.getByText(/^Flashcards \(\d+\)/).click();
  await expect(entry.getByTestId("card").first()).toBeVisible();
  await entry.getByText(/^Multiple-choice questions/).click();
  await expect(entry.getByTestId("question").first().getByText("(correct answer)")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0); // 18 entries fit on one page
});

/**
 * Holds the navigation data for `url` until the returned function is called. Prefetches of it are
 * refused, so that how fast the machine prefetched cannot decide what the test sees: the link's own
 * pending state is what shows.
 */
async function holdNavigation(page: Page, url: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    const headers = route.request().headers();
    if (!headers["rsc"]) return route.continue();
    if (Object.keys(headers).some((h) => h.includes("prefetch"))) return route.abort();
    await held;
    await route.continue();
  });
  return release;
}

test("going from the deck list to a deck, and on to study, shows a loading state at once", async ({ page }) => {
  // No deck page is prefetched (as before the links have been seen): another deck's prefetch would let the
  // router show the deck pages' shared layout with nothing in it, instead of this link's pending state.
  await page.route(/\/decks\//, (route) =>
    Object.keys(route.request().headers()).some((h) => h.includes("prefetch")) ? route.abort() : route.fallback(),
  );
  // Hold the deck page's own data (not a prefetch) until the loading state has been seen.
  const release = await holdNavigation(page, /\/decks\/ebpf/);
  await page.goto("/");
  await interactive(page);
  const link = page.getByRole("link", { name: "eBPF 与 XDP 常见问题" });
  await link.click();
  // The prefetched skeleton of the deck page, or (not prefetched yet) the link's own spinner.
  await expect(page.getByRole("status", { name: "Loading…" }).first()).toBeVisible();
  release();
  await expect(page.getByRole("heading", { level: 1, name: "eBPF 与 XDP 常见问题" })).toBeVisible();
  await expect(page.getByRole("status", { name: "Loading…" })).toHaveCount(0);

  // On to studying (the study page takes a moment too): the Study button says it is on its way.
  const releaseStudy = await holdNavigation(page, /\/study\/ebpf/);
  await interactive(page);
  await page.getByRole("link", { name: "Study", exact: true }).click();
  await expect(page.getByRole("status", { name: "Loading…" }).first()).toBeVisible();
  releaseStudy();
  await expect(page).toHaveURL(/\/(study\/ebpf|signin)/); // a visitor is asked to sign in first
});

test("a long deck is read a page at a time, and a link to an entry on a later page finds it", async ({ page }) => {
  await page.goto("/decks/long");
  await expect(page.getByTestId("deck-counts")).toContainText("60 entries");
  await expect(page.getByTestId("entry")).toHaveCount(50);
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages).toContainText("Page 1 of 2");
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(pages).toContainText("Page 2 of 2");
  await expect(page.getByTestId("entry")).toHaveCount(10);
  const item = (n: number) => page.getByRole("heading", { name: new RegExp(`item ${n}\\?`) });
  await expect(item(60)).toBeVisible();

  // A quiz's "open the entry" link names the deck and the entry's anchor, not the page.
  const anchor = await page
    .getByTestId("entry")
    .filter({ has: item(55) })
    .getAttribute("id");
  await page.goto(`/decks/long#${anchor}`);
  await expect(page).toHaveURL(/\/decks\/long\?page=2#entry-/);
  await expect(item(55)).toBeInViewport();
});
