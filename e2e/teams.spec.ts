import { expect, test, type Browser, type Page } from "@playwright/test";
import { interactive, PASSWORD, signUp, uniqueEmail } from "./helpers";
import { answerKey, answerWithKey } from "./quiz-helpers";
import { gradeWithKey } from "./study-helpers";

async function newLearner(browser: Browser): Promise<{ page: Page; email: string; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { page, email: await signUp(page), close: () => context.close() };
}

test("a lead creates a team, invites, assigns a quiz; a new member joins, studies and passes; the lead sees it done and exports CSV", async ({
  browser,
}) => {
  // Two users and some twenty page loads: on PostgreSQL on two shared cores this nears the default 90 s.
  test.slow();
  const lead = await newLearner(browser);
  const teamName = `Kernel onboarding ${Date.now()}`;
  await lead.page.goto("/teams");
  await lead.page.getByLabel("Team name").fill(teamName);
  await lead.page.getByRole("button", { name: "Create team" }).click();
  await expect(lead.page.getByRole("heading", { level: 1 })).toHaveText(teamName);
  await expect(lead.page.getByTestId("my-role")).toHaveText("Your role: Owner");
  const teamUrl = lead.page.url();

  await lead.page.getByLabel("Expires after (days)").fill("7");
  await lead.page.getByRole("button", { name: "Create invite link" }).click();
  const link = await lead.page.getByTestId("invite-link").inputValue();
  expect(link).toMatch(/\/join\/[A-Za-z0-9_-]{43}$/);

  // The new member opens the link signed out, creates an account and joins.
  const context = await browser.newContext();
  const member = await context.newPage();
  await member.goto(link);
  await expect(member.getByText(`You are invited to join ${teamName}.`)).toBeVisible();
  await member.getByTestId("join").getByRole("link", { name: "Create account" }).click();
  const memberEmail = uniqueEmail("member");
  await member.getByLabel("Email").fill(memberEmail);
  await member.getByLabel("Password").fill(PASSWORD);
  await member.getByRole("button", { name: "Create account" }).click();
  await member.getByRole("button", { name: "Join the team" }).click();
  await expect(member.getByTestId("my-role")).toHaveText("Your role: Member");
  await expect(member).toHaveURL(teamUrl);

  // The lead assigns the eBPF deck's quiz to the member, due in a week.
  await lead.page.reload();
  await interactive(lead.page);
  await expect(lead.page.getByTestId("member")).toHaveCount(2);
  const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await lead.page.getByLabel("Deck", { exact: true }).selectOption("ebpf");
  await lead.page.getByLabel("Due date").fill(due);
  await lead.page.getByLabel("studied every card at least once and reached the predicted recall").uncheck();
  await lead.page.getByLabel("The team's learners").uncheck();
  await lead.page.getByRole("checkbox", { name: memberEmail }).check();
  await lead.page.getByRole("button", { name: "Assign", exact: true }).dblclick();
  await expect(lead.page.getByText("Assignment created.")).toBeVisible();
  await expect(lead.page.getByTestId("assignment")).toHaveCount(1); // a double click assigns once

  // The member finds it on the home page, studies a little and passes the quiz.
  await member.goto("/");
  const assignment = member.getByTestId("my-assignment");
  await expect(assignment).toContainText("eBPF");
  await expect(assignment.getByTestId("my-assignment-status")).toHaveText("In progress");
  const key = await answerKey(member);
  await member.goto("/study/ebpf");
  for (let i = 0; i < 2; i++) await gradeWithKey(member, "3");
  await expect(member.getByTestId("study-progress")).toContainText("2 done");
  await member.goto("/");
  await member.getByTestId("my-assignment").getByRole("link", { name: "Take the quiz" }).click();
  await member.getByText("10", { exact: true }).click();
  await member.getByRole("button", { name: "Start quiz" }).click();
  for (let i = 0; i < 10; i++) await answerWithKey(member, key, i === 9 ? "wrong" : "right");
  await expect(member.getByTestId("quiz-score")).toHaveText("90%");
  await member.goto("/");
  await expect(member.getByTestId("my-assignment-status")).toHaveText("Done");

  // The lead sees the member done, the missed question, and exports both tables.
  await lead.page.reload();
  await lead.page.getByRole("link", { name: "Results" }).click();
  const row = lead.page.getByTestId("member-results").locator("tbody tr");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(memberEmail);
  await expect(row).toContainText("90%");
  await expect(row).toContainText("Done");
  await expect(lead.page.getByTestId("question-results").locator("tbody tr")).toHaveCount(1);
  const resultsUrl = lead.page.url();

  // In the lead's language: the browser's, as a download from the page would ask.
  const english = { headers: { "accept-language": "en-US,en;q=0.9" } };
  const members = await lead.page.request.get(`${resultsUrl}/members.csv`, english);
  expect(members.headers()["content-type"]).toContain("text/csv");
  const memberRows = (await members.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(memberRows[0]).toBe(
    "Name,Email,Cards studied,Cards total,Retention now (%),Best quiz (%),Status,First completed,Last activity",
  );
  expect(memberRows).toHaveLength(2);
  const isoTime = "\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z";
  expect(memberRows[1]).toMatch(
    new RegExp(`^,${memberEmail.replace(/[.+]/g, "\\$&")},2,\\d+,\\d+,90,Done,${isoTime},${isoTime}$`),
  );
  const questions = (await (await lead.page.request.get(`${resultsUrl}/questions.csv`, english)).text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(questions[0]).toBe("Question ID,Question,Answers,Wrong,Wrong (%),Most picked wrong option,Picks of it");
  expect(questions).toHaveLength(2);
  expect(questions[1]).toMatch(/^ebpf\/[0-9a-f]{12}:mcq[\w-]*,.+,1,1,100,.+,1$/);

  // The member may not see the results, export them, or act as an admin.
  expect((await member.goto(resultsUrl))?.status()).toBe(404);
  expect((await member.request.get(`${resultsUrl}/members.csv`)).status()).toBe(404);
  await member.goto(teamUrl);
  await expect(member.getByRole("link", { name: "Results" })).toHaveCount(0);
  await expect(member.getByRole("button", { name: "Create invite link" })).toHaveCount(0);

  await context.close();
  await lead.close();
});

test("a member's admin action is refused, other teams are 404, revoked invites are refused with a clear message", async ({
  browser,
}) => {
  const lead = await newLearner(browser);
  await lead.page.goto("/teams");
  await lead.page.getByLabel("Team name").fill("Team A");
  await lead.page.getByRole("button", { name: "Create team" }).click();
  await expect(lead.page.getByRole("heading", { level: 1 })).toHaveText("Team A");
  const teamUrl = lead.page.url();
  // The invite form's own POST: the assignment form's workload preview is a server action too.
  const inviteRequest = lead.page.waitForRequest(
    (r) => r.method() === "POST" && Boolean(r.headers()["next-action"]) && (r.postData() ?? "").includes("maxUses"),
  );
  await lead.page.getByRole("button", { name: "Create invite link" }).click();
  const request = await inviteRequest;
  const link = await lead.page.getByTestId("invite-link").inputValue();

  const member = await newLearner(browser);
  await member.page.goto(link);
  await member.page.getByRole("button", { name: "Join the team" }).click();
  await expect(member.page.getByTestId("my-role")).toHaveText("Your role: Member");

  // Replaying the lead's "create invite" request with the member's session is refused.
  const headers = Object.fromEntries(
    Object.entries(await request.allHeaders()).filter(
      ([name]) => !["cookie", "content-length", "host"].includes(name) && !name.startsWith(":"),
    ),
  );
  const replay = await member.page.request.post(request.url(), {
    headers,
    multipart: undefined,
    data: request.postDataBuffer()!,
  });
  expect(await replay.text()).toContain('"formError":"forbidden"');

  const outsider = await newLearner(browser);
  expect((await outsider.page.goto(teamUrl))?.status()).toBe(404);

  await lead.page.reload();
  await lead.page.getByTestId("invite").getByRole("button", { name: "Revoke" }).click();
  await expect(lead.page.getByTestId("invite")).toContainText("revoked");
  await outsider.page.goto(link);
  await expect(outsider.page.getByTestId("invite-problem")).toHaveText(
    "This invite link was revoked. Ask the team's admin for a new one.",
  );
  await expect(outsider.page.getByRole("button", { name: "Join the team" })).toHaveCount(0);

  await Promise.all([lead.close(), member.close(), outsider.close()]);
});
