import { expect, test, type Page } from "@playwright/test";
import { keepStudyDayRolloverAway, PASSWORD, signUp, uniqueEmail } from "./helpers";
import { gradeWithKey, revealAnswer, sessionCounts, startStudying } from "./study-helpers";

async function signUpWithKeyboard(page: Page): Promise<string> {
  const email = uniqueEmail("keyboard");
  await page.goto("/signup");
  await page.keyboard.type(email); // the email field has focus
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await keepStudyDayRolloverAway(page);
  return email;
}

const progress = (page: Page) => page.getByTestId("study-progress");

test("study five cards with the keyboard only, undo once, and find the schedule kept after a reload", async ({
  page,
}) => {
  await signUpWithKeyboard(page);
  await page.goto("/study/ebpf");
  await expect(progress(page)).toContainText("0 done");
  await expect(sessionCounts(page)).toHaveText(["New 18", "Learning 0", "Review 0"]);

  const card = page.getByTestId("study-card");
  const gradeWith = async (key: string) => {
    const before = await card.getAttribute("data-user-card-id");
    await revealAnswer(page);
    await expect(page.getByTestId("interval-good")).not.toBeEmpty();
    await gradeWithKey(page, key);
    return before;
  };

  await gradeWith("1");
  await gradeWith("3");
  await gradeWith("3");
  await gradeWith("4");
  const fifth = await gradeWith("2");
  await expect(progress(page)).toContainText("5 done");

  await page.keyboard.press("z");
  await expect(card).toHaveAttribute("data-user-card-id", fifth!);
  await expect(page.getByTestId("study-answer")).toHaveCount(0);
  await expect(progress(page)).toContainText("4 done");
  await gradeWith("3");

  // Five entries were studied: their learning cards (again, good, good, good) come back within
  // minutes; the easy one waits days; 13 entries still have a new card for today.
  await page.reload();
  await expect(progress(page)).toContainText("0 done");
  await expect(sessionCounts(page)).toHaveText(["New 13", "Learning 4", "Review 0"]);
  await expect(card).toContainText("Learning");

  await page.goto("/study/ebpf/cards?state=learning");
  await expect(page.getByTestId("browse-count")).toHaveText("4 cards");
  await page.goto("/study/ebpf/cards?state=review");
  await expect(page.getByTestId("browse-count")).toHaveText("1 card");
  await expect(page.getByTestId("browsed-card").getByText(/^Review history \(1\)$/)).toBeVisible();
});

test("the card browser searches, suspends, unsuspends and resets a learner's cards", async ({ page }) => {
  await signUp(page);
  await page.goto("/study/ebpf/cards");
  const found = page.getByTestId("browsed-card");
  await expect(page.getByTestId("browse-count")).toHaveText(/^\d+ cards$/);
  const all = await found.count();
  await page.getByLabel("Search").fill("eXpress Data Path");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=eXpress/);
  const matching = await found.count();
  expect(matching).toBeGreaterThan(0);
  expect(matching).toBeLessThan(all);

  await found.first().getByRole("button", { name: "Suspend" }).click();
  await expect(found.first().getByText("suspended", { exact: true })).toBeVisible();
  await page.goto("/study/ebpf/cards?state=suspended");
  await expect(page.getByTestId("browse-count")).toHaveText("1 card");
  await page.getByRole("button", { name: "Unsuspend" }).click();
  await expect(page.getByTestId("browse-count")).toHaveText("0 cards");

  await page.goto("/study/ebpf");
  await gradeWithKey(page, "4");
  await page.goto("/study/ebpf/cards?state=review");
  await expect(page.getByTestId("browse-count")).toHaveText("1 card");
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(page.getByTestId("browse-count")).toHaveText("0 cards");
});

test("a grade sent twice is applied once, and another learner's card cannot be graded", async ({ page, browser }) => {
  await startStudying(page);
  const card = page.getByTestId("study-card");
  const userCardId = (await card.getAttribute("data-user-card-id"))!;
  const grade = { clientReviewId: `e2e-${Date.now()}`, userCardId, version: 0, grade: "good" };

  const first = await page.request.post("/api/study/grade", { data: grade });
  const again = await page.request.post("/api/study/grade", { data: grade });
  expect(first.status()).toBe(200);
  expect(await first.json()).toMatchObject({ ok: true, replayed: false, version: 1 });
  expect(await again.json()).toMatchObject({ ok: true, replayed: true, version: 1 });
  const stale = await page.request.post("/api/study/grade", {
    data: { ...grade, clientReviewId: `e2e-stale-${Date.now()}` },
  });
  expect(stale.status()).toBe(409);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUp(otherPage);
  const stolen = await otherPage.request.post("/api/study/grade", {
    data: { ...grade, clientReviewId: `e2e-steal-${Date.now()}`, version: 1 },
  });
  expect(stolen.status()).toBe(404);
  const anonymous = await (
    await browser.newContext()
  ).request.post(new URL("/api/study/grade", page.url()).toString(), { data: grade });
  expect(anonymous.status()).toBe(401);
  const malformed = await page.request.post("/api/study/grade", { data: { ...grade, grade: "perfect" } });
  expect(malformed.status()).toBe(400);
  await other.close();
});
