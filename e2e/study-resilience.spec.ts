import { expect, test } from "@playwright/test";
import { gradeWithKey, revealAnswer, sessionCounts, startStudying } from "./study-helpers";

test("the same card graded in two tabs: the second grade is refused as stale and that tab refreshes", async ({
  page,
  context,
}) => {
  await startStudying(page);
  const second = await context.newPage();
  await second.goto("/study/ebpf");
  const firstCard = await page.getByTestId("study-card").getAttribute("data-user-card-id");
  await expect(second.getByTestId("study-card")).toHaveAttribute("data-user-card-id", firstCard!);

  await gradeWithKey(page, "3");

  await revealAnswer(second);
  await second.keyboard.press("4");
  await expect(second.getByText("This card was studied in another tab, so this session was refreshed.")).toBeVisible();
  // The refreshed queue starts with the card's learning step (good → 10m), not a second new grade.
  await expect(second.getByTestId("study-card")).toHaveAttribute("data-version", "1");
  await expect(second.getByTestId("study-card")).toContainText("Learning");
});

test("grades made offline wait, the learner is told, and nothing is lost when the tab is back online", async ({
  page,
  context,
}) => {
  await startStudying(page);
  await expect(sessionCounts(page)).toHaveText(["New 18", "Learning 0", "Review 0"]);
  await context.setOffline(true);
  for (const key of ["3", "4"]) {
    await revealAnswer(page);
    await page.keyboard.press(key);
  }
  await expect(
    page.getByText("You are offline. 2 grades will be sent when you are back; nothing is lost."),
  ).toBeVisible();
  await expect(page.getByTestId("study-progress")).toContainText("2 done");

  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(page.getByText(/You are offline/)).toHaveCount(0);
  await expect(page.getByText(/Saving \d+ grade/)).toHaveCount(0);

  await page.goto("/study/ebpf/cards?state=review");
  await expect(page.getByTestId("browse-count")).toHaveText("1 card");
  await page.goto("/study/ebpf/cards?state=learning");
  await expect(page.getByTestId("browse-count")).toHaveText("1 card");
});
