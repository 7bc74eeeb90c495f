// Saves screenshots of the main pages (desktop and phone, zh-CN and en) into screenshots/,
// for looking at the app as a user would. Needs a running server: BASE_URL (default :3000).
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const email = `screens-${Date.now()}@example.test`;

const browser = await chromium.launch(chromiumLaunchOptions);
mkdirSync("screenshots", { recursive: true });

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}

async function shootQuiz(page: Page, tag: string) {
  await page.goto(`${base}/quiz/ebpf`);
  await shoot(page, `quiz-start-${tag}`);
  await page.locator("input[name=size][value='5']").evaluate((input: HTMLInputElement) => input.click());
  await page.locator("button[type=submit]").click();
  await page.waitForSelector("[data-testid=quiz-question]");
  await shoot(page, `quiz-question-${tag}`);
  for (let i = 0; i < 5; i++) {
    await page
      .getByTestId("quiz-option")
      .nth(i % 4)
      .click();
    await page.waitForSelector("[data-testid=quiz-feedback]");
    if (i === 0) await shoot(page, `quiz-feedback-${tag}`);
    await page.keyboard.press("Enter");
    if (i < 4) await page.waitForSelector("[data-testid=quiz-feedback]", { state: "detached" });
  }
  await page.waitForSelector("[data-testid=quiz-score]");
  await shoot(page, `quiz-result-${tag}`);
}

async function shootTeam(page: Page, tag: string) {
  await page.goto(`${base}/teams`);
  await page.locator("input[name=name]").fill(`Kernel onboarding ${tag}`);
  await page.locator("form button[type=submit]").click();
  await page.waitForSelector("[data-testid=my-role]");
  await page.locator("input[name=expiresInDays]").fill("7");
  await page.locator("form:has(input[name=expiresInDays]) button[type=submit]").click();
  await page.waitForSelector("[data-testid=invite-link]");
  await page.locator("input[name=dueDate]").fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  // The lead takes the assignment too, so that the home page shows it.
  await page.locator("input[name=members]").first().check();
  await page.locator("form:has(input[name=dueDate]) button[type=submit]").click();
  await page.waitForSelector("[data-testid=assignment]");
  await shoot(page, `team-${tag}`);
  await page.locator("[data-testid=assignment] a").first().click();
  await page.waitForSelector("[data-testid=member-results]");
  await shoot(page, `assignment-results-${tag}`);
  await page.goto(`${base}/`);
  await shoot(page, `home-assigned-${tag}`);
}

/** The dashboard of the demo learner made by `npm run demo:seed` (a year of reviews). */
async function shootDemoProgress(locale: string, viewport: { width: number; height: number }, tag: string) {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  await page.goto(`${base}/signin`);
  await page.locator("input[name=email]").fill(process.env.DEMO_EMAIL!);
  await page.locator("input[name=password]").fill(process.env.DEMO_PASSWORD ?? "demo-password-123");
  await page.locator("button[type=submit]").click();
  await page.waitForSelector("[data-testid=account-link]", { state: "attached" }); // behind "Menu" on a phone
  await page.goto(`${base}/progress`);
  await page.waitForSelector("[data-testid=heatmap-chart] svg rect");
  await shoot(page, `progress-demo-${tag}`);
  await context.close();
}

for (const locale of ["zh-CN", "en"] as const) {
  for (const [device, viewport] of Object.entries(viewports)) {
    const context = await browser.newContext({ locale, viewport });
    const page = await context.newPage();
    const tag = `${locale}-${device}`;
    await page.goto(`${base}/`);
    await shoot(page, `home-signed-out-${tag}`);
    await page.goto(`${base}/signup`);
    await page.locator("button[type=submit]").click();
    await page.waitForSelector("[aria-invalid=true]");
    await shoot(page, `signup-errors-${tag}`);
    await page.locator("input[name=email]").fill(`${tag}-${email}`);
    await page.locator("input[name=password]").fill("correct horse battery");
    await page.locator("button[type=submit]").click();
    await page.waitForURL(`${base}/`);
    await page.waitForSelector("[data-testid=account-link]", { state: "attached" }); // behind "Menu" on a phone
    await shoot(page, `home-signed-in-${tag}`);
    await page.goto(`${base}/account`);
    await shoot(page, `account-${tag}`);
    await page.goto(`${base}/decks/ebpf`);
    await page
      .locator("details")
      .nth(2)
      .evaluate((d) => d.setAttribute("open", ""));
    await page
      .locator("details")
      .nth(3)
      .evaluate((d) => d.setAttribute("open", ""));
    await page.screenshot({ path: `screenshots/deck-${tag}.png` });
    await shootQuiz(page, tag);
    await shootTeam(page, tag);
    await page.goto(`${base}/progress`);
    await page.waitForSelector("[data-testid=heatmap] svg rect");
    await shoot(page, `progress-new-learner-${tag}`);
    await context.close();
    if (process.env.DEMO_EMAIL) await shootDemoProgress(locale, viewport, tag);
  }
}
await browser.close();
console.log("Screenshots written to screenshots/");
