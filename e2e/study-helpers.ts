import { expect, type Locator, type Page } from "@playwright/test";
import { keepStudyDayRolloverAway, pressUntil, signUp } from "./helpers";

/** Signs up a new learner and opens a study session of the eBPF deck. */
export async function startStudying(page: Page): Promise<void> {
  await signUp(page);
  await keepStudyDayRolloverAway(page);
  await page.goto("/study/ebpf");
}

/** Shows the answer of the card on screen (Space). */
export async function revealAnswer(page: Page): Promise<void> {
  await pressUntil(page, " ", page.getByTestId("study-answer"));
}

/** Grades the card on screen with a number key (1–4) and waits until the server has the grade. */
export async function gradeWithKey(page: Page, key: string): Promise<void> {
  await revealAnswer(page);
  const saved = page.waitForResponse((r) => r.url().endsWith("/api/study/grade") && r.request().method() === "POST");
  await page.keyboard.press(key);
  expect((await saved).status()).toBe(200);
}

/** The New / Learning / Review counts at the top of the session, one item each ("New 17"). */
export function sessionCounts(page: Page, label = "Cards left today"): Locator {
  return page.getByRole("list", { name: label }).getByRole("listitem");
}
