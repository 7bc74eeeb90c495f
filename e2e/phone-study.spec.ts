import { expect, test } from "@playwright/test";
import { interactive, signUp } from "./helpers";
import { sessionCounts } from "./study-helpers";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const GRADE_NAMES = ["Again", "Hard", "Good", "Easy"];

test("on a phone the header takes one row, no keyboard hints show, and the grade buttons stay on screen under a 600-character answer", async ({
  page,
}) => {
  await signUp(page);
  await page.goto("/study/long-answers");
  await interactive(page);

  const header = page.getByRole("banner");
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
  const progressLink = header.getByRole("link", { name: "Progress" });
  await expect(progressLink).toBeHidden();
  await header.getByRole("button", { name: "Menu" }).tap();
  await expect(progressLink).toBeVisible();
  await header.getByRole("button", { name: "Menu" }).tap();
  await expect(progressLink).toBeHidden();

  await expect(page.getByText(/^Keys:/)).toBeHidden();
  await expect(sessionCounts(page)).toHaveText(["New 3", "Learning 0", "Review 0"]);
  // The button's name has no "Space or Enter": the hint is not shown on a touch screen.
  await page.getByRole("button", { name: "Show answer", exact: true }).tap();
  const answer = page.getByRole("region", { name: "Answer" });
  expect((await answer.textContent())!.trim().length).toBeGreaterThanOrEqual(600);
  for (const name of GRADE_NAMES)
    await expect(page.getByRole("button", { name: new RegExp(`^${name} \\d+\\w+$`) })).toBeInViewport({ ratio: 1 });

  await page.getByRole("button", { name: /^Good/ }).tap();
  await expect(page.getByText("Good: back in 10m · New −1 · Learning +1")).toBeVisible();
  await expect(sessionCounts(page)).toHaveText(["New 2", "Learning 1", "Review 0"]);

  // The rest of the session: every answer is graded without scrolling.
  for (let left = 2; left > 0; left--) {
    await page.getByRole("button", { name: "Show answer", exact: true }).tap();
    for (const name of GRADE_NAMES)
      await expect(page.getByRole("button", { name: new RegExp(`^${name} `) })).toBeInViewport({ ratio: 1 });
    await page.getByRole("button", { name: /^Easy/ }).tap();
  }
  await expect(sessionCounts(page)).toHaveText(["New 0", "Learning 1", "Review 0"]);
});
