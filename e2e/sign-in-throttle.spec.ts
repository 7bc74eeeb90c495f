import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signOut, signUp, uniqueEmail } from "./helpers";

// Each test is its own client, as a proxy in front of the app would report it.
const client = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

test("repeated wrong passwords are slowed down with a countdown; other accounts and the right password later work", async ({
  browser,
}) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": client() } });
  const page = await context.newPage();
  const other = await signUp(page);
  await signOut(page);
  const email = await signUp(page);
  await signOut(page);

  const alert = page.getByRole("main").getByRole("alert");
  let wrong = 0;
  for (; wrong < 10; wrong++) {
    await signIn(page, email, "not the password");
    await expect(alert).toHaveText(/Wrong email or password\.|Too many attempts/);
    if ((await alert.textContent())!.startsWith("Too many attempts")) break;
  }
  expect(wrong).toBeGreaterThanOrEqual(3); // the first three failures are free
  await expect(alert).toHaveText(/^Too many attempts\. Try again in \d+ seconds?\.$/);
  await expect(page.getByLabel("Email")).toHaveValue(email);

  // Each failure once a wait is over doubles the next one; with 8 s or more left even the right
  // password waits (it is not checked), while another account is not affected.
  await expect(async () => {
    await signIn(page, email, "not the password");
    await expect(alert).toHaveText(/Try again in (?:[89]|\d{2,}) seconds/, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await signIn(page, email);
  await expect(alert).toContainText("Too many attempts");
  await signIn(page, other);
  await expect(page.getByText(`Signed in as ${other}`)).toBeVisible();
  await signOut(page);

  // After the wait the right password works.
  await expect(async () => {
    await signIn(page, email, PASSWORD);
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await context.close();
});

test("sign-up refuses one of the most common passwords beside the field", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByLabel("Password").fill("Password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is one of the most common ones")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
});
