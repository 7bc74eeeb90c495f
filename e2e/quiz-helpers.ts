import { expect, type Page } from "@playwright/test";
import { interactive, pressUntil } from "./helpers";

export type AnswerKey = Map<string, string[]>;

/** The right option of every question, read from the deck page (which shows them on purpose). */
export async function answerKey(page: Page): Promise<AnswerKey> {
  await page.goto("/decks/ebpf");
  // The deck page loads an entry's questions when they are opened: open them all.
  const folds = page.locator("summary", { hasText: /^Multiple-choice questions/ });
  await expect(folds).toHaveCount(18);
  await interactive(page);
  for (const fold of await folds.all()) await fold.click();
  await expect(page.getByTestId("entry").getByRole("status")).toHaveCount(0);
  // Every fold's questions, not only those loaded by the time no fold shows "loading" (the seed deck asks 10).
  await expect.poll(() => page.getByTestId("question").count()).toBeGreaterThanOrEqual(10);
  const pairs = await page.getByTestId("question").evaluateAll((items) =>
    items.map((item) => {
      const right = [...item.querySelectorAll("ol > li")].find((li) => li.querySelector(".sr-only"));
      const text = right?.cloneNode(true) as HTMLElement;
      text.querySelectorAll("span").forEach((s) => s.remove());
      return [item.querySelector("p")!.textContent!.trim(), text.textContent!.trim()] as const;
    }),
  );
  const key: AnswerKey = new Map();
  for (const [stem, right] of pairs) key.set(stem, [...(key.get(stem) ?? []), right]);
  return key;
}

/** The displayed number (1-based) of the right or of a wrong option of the question on screen. */
export async function optionNumber(page: Page, key: AnswerKey, want: "right" | "wrong"): Promise<number> {
  const question = page.getByTestId("quiz-question");
  const stem = (await question.getByRole("heading").textContent())!.trim();
  const options = (await question.getByTestId("quiz-option").locator("span").allTextContents()).map((t) => t.trim());
  const rights = key.get(stem) ?? [];
  const index = options.findIndex((option) => rights.includes(option) === (want === "right"));
  expect(index, `no ${want} option for "${stem}"`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** Answers the question on screen right or wrong with its number key, then goes on with Enter. */
export async function answerWithKey(page: Page, key: AnswerKey, want: "right" | "wrong"): Promise<void> {
  const feedback = page.getByTestId("quiz-feedback");
  await pressUntil(page, String(await optionNumber(page, key, want)), feedback);
  await page.keyboard.press("Enter");
  await expect(feedback).toHaveCount(0); // the next question, or the result
}
