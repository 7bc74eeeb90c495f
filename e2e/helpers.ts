import { expect, type Locator, type Page } from "@playwright/test";

export const PASSWORD = "correct horse battery";

export function uniqueEmail(prefix = "learner"): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

export async function signUp(page: Page, email = uniqueEmail(), password = PASSWORD): Promise<string> {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  return email;
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation").getByRole("link", { name: "Sign in" })).toBeVisible();
}

/**
 * Starts the learner's study day half a day from now (Settings → New day starts at). A test grades a
 * card Good and expects it back in 10 minutes today: at 3:55 with the default 4 am rollover, it
 * would be tomorrow's.
 */
export async function keepStudyDayRolloverAway(page: Page): Promise<void> {
  await page.goto("/settings");
  await interactive(page);
  await page.getByLabel("New day starts at (hour, 0–23)").fill(String((new Date().getUTCHours() + 12) % 24));
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeVisible();
}

/** Waits until the page has hydrated: before that, buttons with client-side handlers do nothing. */
export async function interactive(page: Page): Promise<void> {
  await expect(page.locator("html[data-hydrated]")).toBeAttached();
}

/**
 * Presses a keyboard shortcut until its `result` shows, as a user presses again when a page that
 * is still loading (or has just navigated) did not react. The shortcuts used this way ignore a
 * second press once they have worked.
 */
export async function pressUntil(page: Page, key: string, result: Locator): Promise<void> {
  await expect(async () => {
    await page.keyboard.press(key);
    await expect(result).toBeVisible({ timeout: 2_000 });
  }).toPass();
}

/** Creates a team from the Teams page; returns the team page's path. */
export async function createTeam(page: Page, name = `Team ${Date.now()}`): Promise<string> {
  await page.goto("/teams");
  await page.getByLabel("Team name").fill(name);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return new URL(page.url()).pathname;
}
