import { expect, test } from "@playwright/test";
import { DEFAULT_PARAMETERS } from "@/lib/study/fsrs/fit";
import { seedReviewHistory } from "@/server/test/seed-review-history";
import { expectAccessible } from "./axe";
import { e2eDatabase } from "./database";
import { interactive, signUp } from "./helpers";

// A learner who forgets four times faster after a first review than FSRS's defaults assume.
const WEAK_MEMORY = DEFAULT_PARAMETERS.map((w, i) => (i < 4 ? w / 4 : w));

test("a learner is told how many reviews optimizing needs, then optimizes and sees both log losses", async ({
  page,
}) => {
  const email = await signUp(page);
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Scheduling parameters" });
  await expect(section.getByTestId("fsrs-too-few")).toHaveText(/You have no reviews .*optimizing needs at least 400/);
  await expect(section.getByText("Using the default parameters.")).toBeVisible();

  const db = e2eDatabase();
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const deck = await db.deck.findUniqueOrThrow({ where: { slug: "ebpf" }, select: { id: true } });
    await seedReviewHistory(db, user.id, deck.id, { parameters: WEAK_MEMORY, days: 365, now: new Date() });
  } finally {
    await db.$disconnect();
  }

  await page.reload();
  await interactive(page);
  await expect(section.getByTestId("fsrs-too-few")).toHaveCount(0);
  // Keyboard only: the button is reachable and pressed with Enter.
  await section.getByRole("button", { name: "Optimize" }).focus();
  await page.keyboard.press("Enter");
  await expect(section.getByRole("status")).toHaveText(
    "Optimized: the fitted parameters predict your history better and are now used.",
  );
  const table = section.getByRole("table", { name: /How well each set of parameters predicts/ });
  const logLoss = async (which: string) => Number(await table.getByTestId(`log-loss-${which}`).textContent());
  await expect(table.getByTestId("log-loss-fitted")).toHaveText(/^0\.\d{4}$/);
  await expect(table.getByTestId("log-loss-defaults")).toHaveText(/^0\.\d{4}$/);
  expect(await logLoss("fitted")).toBeLessThan(await logLoss("defaults"));
  await expect(table.getByRole("row", { name: /Fitted/ })).toContainText("In use");
  await expect(table.getByRole("row", { name: /Defaults/ })).toContainText("Not used");
  await expect(section.getByTestId("fsrs-status")).toContainText(/Last fitted on \d+ reviews/);
  await expectAccessible(page, "/settings (fitted parameters)");
});
