import { expect, test, type Page } from "@playwright/test";
import { interactive, signUp } from "./helpers";
import { answerKey, answerWithKey } from "./quiz-helpers";
import { gradeWithKey } from "./study-helpers";

/** Collects every CSP violation the page reports, as a DOM event or as a console message. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(
        `Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    ),
  );
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await interactive(page);
  return response!;
}

test("every page sends the security headers and runs under the CSP without a violation", async ({ page }) => {
  // Some twenty page loads and a quiz: on PostgreSQL on two shared cores this nears the default 90 s.
  test.slow();
  const violations = await watchCsp(page);

  const signin = await visit(page, "/signin");
  const headers = signin.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
    expect(csp).toContain(directive);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toBeUndefined(); // served over plain http here
  // A fresh nonce per response, and every script in the HTML carries that response's nonce.
  const html = await page.request.get("/signin");
  const nonce = (html.headers()["content-security-policy"] ?? "").match(/'nonce-([^']+)'/)?.[1] ?? "missing";
  expect(csp).not.toContain(nonce);
  const scripts = (await html.text()).match(/<script[^>]*>/g)!;
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  // Over https (behind a TLS-terminating proxy) HSTS is added, and API responses carry the headers.
  const https = await page.request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(https.headers()["x-content-type-options"]).toBe("nosniff");

  await visit(page, "/signup");
  await signUp(page);
  const key = await answerKey(page);

  // Data on every page: grades (the study page's keyboard loop), a quiz, a team with a deck,
  // an invite and an assignment.
  await visit(page, "/study/ebpf");
  for (let i = 0; i < 2; i++) await gradeWithKey(page, "3");
  await visit(page, "/quiz/ebpf");
  await page.getByText("5", { exact: true }).click();
  await page.getByRole("button", { name: "Start quiz" }).click();
  for (const want of ["wrong", "right", "right", "right", "right"] as const) await answerWithKey(page, key, want);
  await expect(page.getByTestId("quiz-score")).toHaveText("80%");
  const attemptPath = new URL(page.url()).pathname;

  await visit(page, "/teams");
  await page.getByLabel("Team name").fill(`CSP team ${Date.now()}`);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByTestId("my-role")).toHaveText("Your role: Owner");
  const teamPath = new URL(page.url()).pathname;
  await interactive(page);
  await page.getByLabel("Expires after (days)").fill("7");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const invite = new URL(await page.getByTestId("invite-link").inputValue()).pathname;
  await page.getByLabel("Deck", { exact: true }).selectOption("ebpf");
  await page.getByLabel("Due date").fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByTestId("assignment")).toHaveCount(1);
  await page.getByRole("link", { name: "Results" }).click();
  await expect(page).toHaveURL(/\/assignments\//);
  const assignmentPath = new URL(page.url()).pathname;

  await visit(page, `${teamPath}/decks/new`);
  await page.getByLabel("Deck title").fill("CSP deck");
  await page.getByLabel("Deck language").selectOption("en");
  await page.getByLabel("Deck file").setInputFiles("e2e/fixtures/team-faq.md");
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page).toHaveURL(/\/preview$/);
  const previewPath = new URL(page.url()).pathname;

  for (const path of [
    "/",
    "/decks/ebpf",
    "/study/ebpf",
    "/study/ebpf/cards",
    "/quiz",
    "/quiz/ebpf",
    attemptPath,
    "/progress",
    "/settings",
    "/account",
    "/teams",
    teamPath,
    `${teamPath}/reports`,
    `${teamPath}/decks/new`,
    previewPath,
    assignmentPath,
    invite,
  ]) {
    await visit(page, path);
    if (path === "/progress") {
      // The server's charts show under the CSP.
      await expect(page.locator("svg rect").first()).toBeAttached();
      await expect(page.getByTestId("quiz-chart").or(page.getByTestId("forecast-chart")).first()).toBeVisible();
    }
  }
  // The study loop still runs after a client-side navigation under the CSP.
  await visit(page, "/study/ebpf");
  await gradeWithKey(page, "3");

  expect(violations).toEqual([]);
});
