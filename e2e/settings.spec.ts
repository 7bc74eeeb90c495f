import { expect, test } from "@playwright/test";
import { interactive, keepStudyDayRolloverAway, signUp } from "./helpers";
import { gradeWithKey, revealAnswer, sessionCounts } from "./study-helpers";

test("study settings: bad fields get messages and change nothing, good ones are kept", async ({ page }) => {
  await signUp(page);
  await page.goto("/settings");
  await interactive(page);
  await expect(page.getByLabel("New cards per day")).toHaveValue("20");

  await page.getByLabel("Desired retention").fill("0.96");
  await expect(page.getByText("Above 0.95 the number of reviews grows steeply")).toBeVisible();

  await page.getByLabel("New cards per day").fill("-3");
  await expect(page.getByText("at most 10 steps, each from 1 minute to 365 days").first()).toBeVisible();
  await page.getByLabel("Learning steps", { exact: true }).fill("30s 10m"); // ts-fsrs has no seconds
  await page.getByLabel("Relearning steps", { exact: true }).fill("99999d");
  await page.getByLabel("Desired retention").fill("0.99");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("This value is out of range.")).toBeVisible();
  await expect(page.getByText("Use whole minutes, hours or days, e.g. 1m 10m 1h 1d")).toBeVisible();
  await expect(page.getByText("Each step can be at most 365 days.")).toBeVisible();
  await expect(page.getByText("Use a value from 0.70 to 0.97.")).toBeVisible();
  await page.reload();
  await interactive(page);
  await expect(page.getByLabel("New cards per day")).toHaveValue("20");

  await page.getByLabel("New cards per day").fill("5");
  await page.getByLabel("Time zone").selectOption("Asia/Shanghai");
  await page.getByLabel("Learning steps", { exact: true }).fill("2m 15m");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("New cards per day")).toHaveValue("5");
  await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Shanghai");
  await expect(page.getByLabel("Learning steps", { exact: true })).toHaveValue("2m 15m");

  await page.goto("/study/ebpf");
  await expect(sessionCounts(page)).toHaveText(["New 5", "Learning 0", "Review 0"]);
  await revealAnswer(page);
  await expect(page.getByTestId("interval-good")).toHaveText("15m");
});

test("a finished session shows what was done and what is due tomorrow", async ({ page }) => {
  await signUp(page);
  await keepStudyDayRolloverAway(page);
  await page.goto("/settings");
  await interactive(page);
  await page.getByLabel("New cards per day").fill("2");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeVisible();

  await page.goto("/study/ebpf");
  // The card graded "Again" comes back once the server has the grade.
  for (const key of ["1", "4", "4"]) await gradeWithKey(page, key);
  const done = page.getByTestId("study-done");
  await expect(done.getByRole("heading", { name: "Session complete" })).toBeVisible();
  await expect(done.getByTestId("done-reviewed")).toHaveText("3");
  await expect(done.getByText("Answered “Again”")).toBeVisible();
  // Again then Easy graduates with a 1-day interval; the card graded Easy at once waits 8 days.
  await expect(done.getByTestId("done-tomorrow")).toHaveText("1");
});
