import { expect, test } from "@playwright/test";
import { studyDayKey } from "@/lib/study/study-day";
import { interactive, signUp } from "./helpers";

/** The forecast's 30 study days (UTC, 4 am) that fall on a Saturday, labelled as the table shows them. */
function saturdaysAhead(now: Date): string[] {
  const label = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
  const days = Array.from({ length: 30 }, (_, i) => studyDayKey(new Date(now.getTime() + i * 86_400_000), "UTC", 4));
  return days
    .map((day) => new Date(`${day}T12:00:00Z`))
    .filter((date) => date.getUTCDay() === 6)
    .map((date) => `${label.format(date)} · easy day`);
}

test("a learner makes Saturday an easy day: it is kept and the forecast marks Saturdays", async ({ page }) => {
  await signUp(page);
  await page.goto("/settings");
  await interactive(page);
  const balance = page.getByRole("checkbox", { name: "Balance the daily load" });
  await expect(balance).toBeChecked(); // on by default, like Anki
  const easyDays = page.getByRole("group", { name: "Easy days" });
  await expect(easyDays.getByRole("checkbox")).toHaveCount(7);
  await expect(easyDays.getByRole("checkbox", { checked: true })).toHaveCount(0);

  await easyDays.getByRole("checkbox", { name: "Saturday" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeVisible();
  await expect(easyDays.getByRole("checkbox", { name: "Saturday" })).toBeChecked(); // still ticked after saving
  await page.reload();
  await interactive(page);
  await expect(
    page.getByRole("group", { name: "Easy days" }).getByRole("checkbox", { name: "Saturday" }),
  ).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Sunday" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Balance the daily load" })).toBeChecked();

  await page.goto("/progress");
  const forecast = page.getByTestId("forecast");
  await expect(forecast.getByText("Lighter bars are easy days.")).toBeAttached();
  const marked = () => forecast.locator("table tbody th").filter({ hasText: "easy day" }).allTextContents();
  expect(await marked()).toEqual(saturdaysAhead(new Date()));

  // With balancing off, easy days do nothing, and the forecast says nothing of them.
  await page.goto("/settings");
  await interactive(page);
  await page.getByRole("checkbox", { name: "Balance the daily load" }).uncheck();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeVisible();
  await page.goto("/progress");
  await expect(page.getByTestId("forecast").locator("table tbody tr")).toHaveCount(30);
  expect(await marked()).toEqual([]);
});
