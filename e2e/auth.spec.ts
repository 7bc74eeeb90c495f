import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signOut, signUp } from "./helpers";

test("sign up, sign out, and sign in again", async ({ page }) => {
  const email = await signUp(page);
  await signOut(page);
  await expect(page.getByRole("heading", { name: "Learn your FAQs for good" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toHaveCount(0);

  await signIn(page, email);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
});

test("signing in never redirects to another site", async ({ page, baseURL }) => {
  const email = await signUp(page);
  await signOut(page);
  await page.goto("/signin?callbackUrl=//evil.example/steal");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("a wrong password is refused with a message and keeps the email", async ({ page }) => {
  const email = await signUp(page);
  await signOut(page);
  await signIn(page, email, "not the password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.goto("/");
  await expect(page.getByText(`Signed in as ${email}`)).toHaveCount(0);
});

test("an email can register only once", async ({ page }) => {
  const email = await signUp(page);
  await signOut(page);
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
});

test("bad sign-up fields get messages next to them", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("signing out everywhere ends the session in another browser", async ({ page, browser }) => {
  const email = await signUp(page);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email);
  await expect(otherPage.getByText(`Signed in as ${email}`)).toBeVisible();
  // The study API knows the session: an empty grade is refused as invalid, not as signed out.
  const grade = () => otherPage.request.post("/api/study/grade", { data: {} });
  expect((await grade()).status()).toBe(400);

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out on all devices" }).click();
  await expect(page).toHaveURL(/\/signin/);

  expect((await grade()).status()).toBe(401);
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/signin/);
  await other.close();
});

test("pages that need an account send visitors to sign in", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});
