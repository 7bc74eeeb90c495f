import { expect, test, type Browser, type Page } from "@playwright/test";
import { createTeam, interactive, signUp } from "./helpers";
import { startSmtpServer } from "./smtp";

async function newLearner(browser: Browser): Promise<{ page: Page; email: string }> {
  const page = await (await browser.newContext()).newPage();
  return { page, email: await signUp(page) };
}

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
test.beforeAll(async () => {
  smtp = await startSmtpServer();
});
test.afterAll(() => smtp.close());

test("a lead reminds the member not done by email, once a day; the member subscribes to a calendar link and resets it", async ({
  browser,
}) => {
  const lead = await newLearner(browser);
  const member = await newLearner(browser);
  await createTeam(lead.page, `Follow-up ${Date.now()}`);
  await lead.page.getByLabel("Expires after (days)").fill("7");
  await lead.page.getByRole("button", { name: "Create invite link" }).click();
  await expect(lead.page.getByTestId("invite-link")).toHaveValue(/\/join\//);
  await member.page.goto(await lead.page.getByTestId("invite-link").inputValue());
  await interactive(member.page);
  await member.page.getByRole("button", { name: "Join the team" }).click();
  await expect(member.page.getByTestId("my-role")).toHaveText("Your role: Member");

  // The lead assigns the eBPF quiz to the member, due in a week.
  await lead.page.reload();
  await interactive(lead.page);
  await lead.page.getByLabel("Deck", { exact: true }).selectOption("ebpf");
  await lead.page.getByLabel("Due date").fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  await lead.page.getByLabel("studied every card at least once and reached the predicted recall").uncheck();
  await lead.page.getByLabel("The team's learners (everyone with the Member role)").uncheck();
  await lead.page.getByRole("checkbox", { name: member.email }).check();
  await lead.page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(lead.page.getByText("Assignment created.")).toBeVisible();

  // The results page sums up, and the lead nudges: one email, however often the button is pressed.
  await lead.page.getByRole("link", { name: "Results" }).click();
  await expect(lead.page.getByTestId("results-summary")).toHaveText("0 of 1 done · none overdue");
  await interactive(lead.page);
  const nudge = lead.page.getByRole("button", { name: "Remind the 1 member not done" });
  await nudge.click();
  await expect(lead.page.getByRole("status")).toHaveText("Reminded 1 member.");
  await expect.poll(() => smtp.received.map((m) => m.to)).toEqual([member.email]);
  expect(smtp.received[0]!.subject).toMatch(/^Reminder from Follow-up \d+: eBPF/);
  expect(smtp.received[0]!.text).toContain("/decks/ebpf");

  // Again, with the keyboard alone: nobody is reminded twice a day, and the page says who was skipped.
  await nudge.focus();
  await lead.page.keyboard.press("Enter");
  await expect(lead.page.getByRole("status")).toContainText("Nobody was reminded.");
  await expect(lead.page.getByRole("status")).toContainText(`Skipped (already reminded today): ${member.email}`);
  expect(smtp.received).toHaveLength(1);

  // A lead reading Chinese gets the CSV's headers and statuses in Chinese.
  const csv = await lead.page.request.get(`${lead.page.url()}/members.csv`, {
    headers: { "accept-language": "zh-CN" },
  });
  const [header, row] = (await csv.text()).replace(/^\uFEFF/, "").split("\r\n");
  expect(header).toBe("姓名,邮箱,已学卡片,卡片总数,当前记忆保持率（%）,最佳测验（%）,状态,首次完成时间,最近活动");
  expect(row).toMatch(/,进行中,,$/);

  // The member makes a calendar link, which a calendar app can read without a session.
  await member.page.goto("/account");
  await interactive(member.page);
  await member.page.getByRole("button", { name: "Create my calendar link" }).click();
  const url = member.page.getByLabel("Your calendar link");
  await expect(url).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const first = await url.inputValue();
  const feed = await lead.page.request.get(first);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  expect(await feed.text()).toMatch(/BEGIN:VEVENT\r\nUID:assignment-\w+@faq-study/);

  // Resetting it (after a confirmation) makes a new link; the old one is gone.
  await member.page.getByRole("button", { name: "Reset link" }).click();
  await member.page.getByRole("button", { name: "Reset", exact: true }).click();
  await expect(url).not.toHaveValue(first);
  expect((await lead.page.request.get(first)).status()).toBe(404);
  expect((await lead.page.request.get(await url.inputValue())).status()).toBe(200);
});
