import { expect, test } from "@playwright/test";
import { interactive, signUp } from "./helpers";
import { answerKey, answerWithKey } from "./quiz-helpers";
import { gradeWithKey } from "./study-helpers";

test("the dashboard reflects what a learner studied and quizzed today, and its charts render", async ({ page }) => {
  // Two quizzes, three grades and some ten page loads: on PostgreSQL on two shared cores this nears the default 90 s.
  test.slow();
  await signUp(page);
  const key = await answerKey(page);

  await page.goto("/progress");
  await expect(page.getByTestId("stat-reviewed").locator("dd").first()).toHaveText("0");
  await expect(page.getByTestId("kept-missing")).toContainText("Nothing yet");

  // Two quizzes that miss the same two questions: they are "kept missing".
  await page.goto("/quiz/ebpf");
  await page.getByText("5", { exact: true }).click();
  await page.getByRole("button", { name: "Start quiz" }).click();
  for (const want of ["wrong", "wrong", "right", "right", "right"] as const) await answerWithKey(page, key, want);
  await expect(page.getByTestId("quiz-score")).toHaveText("60%");
  await page.getByRole("button", { name: "Retry the 2 I missed" }).click();
  for (const want of ["wrong", "wrong"] as const) await answerWithKey(page, key, want);
  await expect(page.getByTestId("quiz-score")).toHaveText("0%");

  // Then three new cards studied (Good: they come back in 10 minutes, so nothing is due now;
  // the missed entries were never studied, so the quiz put their cards among the new ones).
  await page.goto("/study/ebpf");
  for (let i = 0; i < 3; i++) await gradeWithKey(page, "3");
  await expect(page.getByTestId("study-progress")).toContainText("3 done");

  await page.goto("/progress");
  const dashboard = page.getByTestId("progress-dashboard");
  const stat = (name: string) => dashboard.getByTestId(`stat-${name}`).locator("dd").first();
  await expect(stat("reviewed")).toHaveText("3");
  await expect(stat("due")).toHaveText("0");
  // 20 new cards a day, 3 studied today, and the decks not started yet (all new), as the home page counts them.
  await page.goto("/");
  await expect(page.getByTestId("deck-ebpf").getByTestId("today-new")).toBeVisible();
  const otherDecksNew = (
    await page
      .getByTestId(/^deck-/)
      .filter({ hasNot: page.getByRole("link", { name: "eBPF 与 XDP 常见问题" }) })
      .getByTestId("today-new")
      .locator("dd")
      .allTextContents()
  ).reduce((sum, n) => sum + Number(n), 0);
  await page.goto("/progress");
  await expect(stat("new")).toHaveText(String(17 + otherDecksNew));
  await expect(stat("streak")).toHaveText("1 day");
  await expect(dashboard.getByTestId("retention-desired")).toHaveText("90%");
  await expect(dashboard.getByTestId("retention-last7")).toContainText("(0 of 0)");

  // The charts are drawn (on the server, as SVG), and their tables carry the same numbers.
  const heatmap = dashboard.getByTestId("heatmap");
  await expect(heatmap.locator("svg rect[data-date]")).toHaveCount(365);
  await expect(heatmap.locator('svg rect[data-date][data-level]:not([data-level="0"])')).toHaveCount(1);
  await expect(heatmap.locator("table")).toContainText("3"); // this month's reviews
  const forecast = dashboard.getByTestId("forecast");
  await expect(forecast.locator("[data-bar]")).toHaveCount(30);
  await expect(forecast.locator("[data-bar]").first()).toBeVisible(); // 3 cards due today: a bar with a height
  await expect(forecast.locator("table").locator("tbody tr")).toHaveCount(30);
  await expect(forecast.locator("table").locator("tbody tr").first()).toContainText("3");
  await expect(dashboard.getByTestId("mastery").locator("[data-bar]").first()).toBeAttached();
  await expect(dashboard.getByTestId("mastery").locator("table")).toContainText("eBPF");
  await expect(dashboard.getByTestId("quiz-history").locator("table").locator("tbody tr")).toHaveCount(2);
  await expect(dashboard.getByTestId("quiz-history").locator("table")).toContainText("3/5 (60%)");
  // The retry (0 %) is listed as one but kept off the score line, which stays at the quiz's 60 %.
  await expect(dashboard.getByTestId("quiz-history")).toContainText(
    "1 finished quiz; latest score 60%. Retries and quizzes of missed questions are in the table, not on the line.",
  );
  await expect(dashboard.getByTestId("quiz-history").locator("table")).toContainText("Retry of missed questions");
  await expect(dashboard.getByTestId("quiz-history").locator("[data-dot]")).toHaveCount(1);

  await expect(dashboard.getByTestId("missed-question")).toHaveCount(2);
  await dashboard.getByRole("button", { name: "Quiz just these 2" }).click();
  await expect(page.getByTestId("quiz-progress")).toHaveText("Question 1 of 2 · 0 answered");
});

test("the dashboard speaks Chinese", async ({ page }) => {
  await signUp(page);
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("学习进度");
  await expect(page.getByTestId("stat-streak")).toContainText("0 天");
  await expect(page.getByTestId("heatmap").locator("svg rect[data-date]")).toHaveCount(365);
});

test("on a phone the review heatmap opens at today, not at its oldest months", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page);
  await page.goto("/progress");
  await interactive(page);
  const days = page.getByTestId("heatmap").locator("svg rect[data-date]");
  await expect(days).toHaveCount(365);
  // The person scrolls down to the figure (again, if the page moved while it loaded).
  await expect(async () => {
    await page.getByTestId("heatmap").evaluate((figure) => figure.scrollIntoView({ block: "center" }));
    await expect(days.last()).toBeInViewport({ timeout: 2_000 }); // today
  }).toPass();
  await expect(days.first()).not.toBeInViewport();
});
