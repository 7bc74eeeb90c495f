import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { createTeam, interactive, signUp } from "./helpers";
import { gradeWithKey } from "./study-helpers";

test("a learner with some history sees the workload change with desired retention, and a card's forgetting curve", async ({
  page,
}) => {
  await signUp(page);
  await page.goto("/study/ebpf");
  for (let i = 0; i < 4; i++) await gradeWithKey(page, "4"); // Easy: straight into review

  await page.goto("/settings");
  await interactive(page);
  const advisor = page.getByRole("region", { name: "Help me decide" }); // not the hidden copy while the page streams
  await expect(advisor.getByRole("heading", { name: "Help me decide" })).toBeVisible();
  const figures = advisor.getByTestId("workload-figures");
  await expect(figures).toContainText("At 90%");
  const at90 = await figures.textContent();

  await page.getByLabel("Desired retention").fill("0.8");
  await expect(figures).toContainText("At 80%");
  expect(await figures.textContent()).not.toBe(at90);

  // The slider moves the form's own field, with the keyboard alone.
  const slider = page.getByLabel("Retention to try");
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByLabel("Desired retention")).toHaveValue("0.81");
  await expect(figures).toContainText("At 81%");

  // Longer horizon, other averages; the numbers are there as a table too.
  const at81 = await figures.textContent();
  await advisor.getByLabel("365 days").check();
  await expect(figures).toContainText("next 365 days");
  expect(await figures.textContent()).not.toBe(at81);
  await advisor.getByText("The numbers as a table").click();
  await expect(advisor.getByTestId("workload-table").getByRole("row")).toHaveCount(11);
  await expectAccessible(page, "settings with Help me decide");

  await page.goto("/study/ebpf/cards?state=review");
  const curve = page.getByTestId("forgetting-curve").first();
  await expect(curve).toContainText(/Recall now \d+%, \d+% at the due date\./);
  await curve.locator("summary").click();
  await expect(curve.locator("svg [data-marker=Today]")).toBeVisible();
  await expect(curve.locator("svg [data-marker=Due]")).toBeAttached();
  await expectAccessible(page, "card browser with a forgetting curve");
});

test("a lead sees each member's expected minutes a day before assigning, and it follows the due date", async ({
  page,
}) => {
  const email = await signUp(page);
  await createTeam(page);
  await interactive(page);
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Assign", exact: true }) });
  await form.getByLabel(`${email} (you)`).check();
  const summary = form.getByTestId("workload-preview-summary");
  await expect(summary).toHaveText(/^≈ [\d.]+ min\/day per member \(range [\d.]+–[\d.]+\)$/);
  const twoWeeks = await summary.textContent();

  const dueDate = form.getByLabel("Due date");
  const today = await dueDate.getAttribute("min");
  await dueDate.fill(new Date(Date.parse(`${today}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10));
  await expect(summary).not.toHaveText(twoWeeks!);
  await form.getByText("Per member", { exact: true }).click();
  await expect(form.getByTestId("workload-preview-members")).toContainText(email);
  await expect(form.getByTestId("workload-preview-members")).toContainText("over 4 days, at 85% recall");
  await expectAccessible(page, "assignment form with the workload preview");
});
