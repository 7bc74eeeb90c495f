import { expect, test, type Page } from "@playwright/test";
import { interactive } from "./helpers";
import { gradeWithKey, revealAnswer, sessionCounts, startStudying } from "./study-helpers";

const feedback = (page: Page) => page.getByTestId("study-feedback");

test("the counts show New, Learning and Review as Anki does, and each grade says what it changed", async ({ page }) => {
  await startStudying(page);
  await expect(sessionCounts(page)).toHaveText(["New 18", "Learning 0", "Review 0"]);
  await expect(page.getByText("Keys: Space/Enter shows the answer, 1–4 grade, Z undoes.")).toBeVisible();

  await gradeWithKey(page, "3");
  await expect(feedback(page)).toHaveText("Good: back in 10m · New −1 · Learning +1");
  await expect(sessionCounts(page)).toHaveText(["New 17", "Learning 1", "Review 0"]);

  await gradeWithKey(page, "4");
  await expect(feedback(page)).toHaveText(/^Easy: next review in \d+d · New −1$/);
  await expect(sessionCounts(page)).toHaveText(["New 16", "Learning 1", "Review 0"]);

  await gradeWithKey(page, "1");
  await expect(feedback(page)).toHaveText("Again: back in 1m · New −1 · Learning +1");
  await expect(sessionCounts(page)).toHaveText(["New 15", "Learning 2", "Review 0"]);
  await expect(page.getByTestId("study-progress")).toContainText("3 done");
});

test("Undo (Z) says which grade it took back, and the counts go back with it", async ({ page }) => {
  await startStudying(page);
  const card = page.getByTestId("study-card");
  const first = await card.getAttribute("data-user-card-id");
  await gradeWithKey(page, "3");
  await expect(sessionCounts(page)).toHaveText(["New 17", "Learning 1", "Review 0"]);

  await page.keyboard.press("z");
  await expect(page.getByText("Undid Good")).toBeVisible();
  await expect(card).toHaveAttribute("data-user-card-id", first!);
  await expect(sessionCounts(page)).toHaveText(["New 18", "Learning 0", "Review 0"]);
  await expect(page.getByTestId("study-progress")).toContainText("0 done");
});

test("a server error while saving a grade is told apart from being offline, and the grade is retried", async ({
  page,
}) => {
  await startStudying(page);
  let failures = 0;
  await page.route("**/api/study/grade", (route) =>
    failures++ === 0 ? route.fulfill({ status: 500, body: "Internal Server Error" }) : route.continue(),
  );
  await revealAnswer(page);
  await page.keyboard.press("3");
  await expect(page.getByText("The server had a problem saving 1 grade. Retrying; nothing is lost.")).toBeVisible();
  await expect(page.getByText(/You are offline/)).toHaveCount(0);

  // The outbox tries again on its own: the message goes once the server has the grade.
  await expect(page.getByText(/The server had a problem/)).toHaveCount(0);
  await page.goto("/study/ebpf/cards?state=learning");
  await expect(page.getByTestId("browse-count")).toHaveText("1 card");
});

test("switching the language mid-session keeps the session: what was done, the counts and the card", async ({
  page,
}) => {
  await startStudying(page);
  await interactive(page);
  await gradeWithKey(page, "3");
  await gradeWithKey(page, "3");
  const card = page.getByTestId("study-card");
  const onScreen = await card.getAttribute("data-user-card-id");
  await revealAnswer(page);

  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(
    page.getByRole("button", { name: "显示答案" }).or(page.getByRole("group", { name: "答案" })),
  ).toBeVisible();
  await expect(page.getByTestId("study-progress")).toContainText("已完成 2");
  await expect(sessionCounts(page, "今天剩余的卡片")).toHaveText(["新卡 16", "学习中 2", "复习 0"]);
  await expect(card).toHaveAttribute("data-user-card-id", onScreen!);

  await gradeWithKey(page, "3");
  await expect(page.getByText("良好：10m后再次出现 · 新卡 −1 · 学习中 +1")).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByTestId("study-progress")).toContainText("3 done");
});
