import { expect, test, type Browser, type Page } from "@playwright/test";
import { createTeam, interactive, signUp } from "./helpers";

const TOPIC_FAQ = `# Ops FAQ

## Networking

### What is a VLAN?

A VLAN (Virtual LAN) splits one switch into separate networks.

### What is MTU?

MTU is the largest packet a link carries, usually 1500 bytes.

## Storage

### What is RAID 1?

RAID 1 mirrors every write onto two disks.
`;

async function person(browser: Browser): Promise<{ page: Page; email: string }> {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  return { page, email: await signUp(page) };
}

/** The owner's invite link, made and copied with the keyboard alone; the member opens it and joins. */
async function inviteAndJoin(lead: Page, member: Page, teamName: string): Promise<void> {
  await interactive(lead);
  await lead.getByRole("button", { name: "Create invite link" }).click();
  const link = await lead.getByTestId("invite-link").inputValue();
  const copy = lead.getByRole("button", { name: "Copy link" });
  await copy.focus();
  await lead.keyboard.press("Enter");
  await expect(lead.getByRole("status").filter({ hasText: /^✓ Copied$/ })).toBeVisible();
  expect(await lead.evaluate(() => navigator.clipboard.readText())).toBe(link);

  await member.goto(link);
  await member.getByRole("button", { name: "Join the team" }).click();
  await expect(member.getByTestId("joined")).toHaveText(`You joined ${teamName}.`);
  await expect(member).toHaveURL(/\/teams\/[^?]+$/); // a reload does not say it again
  await member.reload();
  await expect(member.getByTestId("my-role")).toHaveText("Your role: Member");
  await expect(member.getByTestId("joined")).toHaveCount(0);
}

test("the only owner is not offered Leave; an invite link copies; a new member is told they joined", async ({
  browser,
}) => {
  const lead = await person(browser);
  const teamName = `Onboarding ${Date.now()}`;
  const teamPath = await createTeam(lead.page, teamName);
  await expect(lead.page.getByTestId("only-owner")).toHaveText(
    "You are the only owner, so you cannot leave yet: make another member owner first.",
  );
  await expect(lead.page.getByRole("button", { name: "Leave team" })).toHaveCount(0);

  const member = await person(browser);
  await inviteAndJoin(lead.page, member.page, teamName);
  await expect(member.page.getByRole("button", { name: "Leave team" })).toBeVisible();

  // With a second owner, the first may leave.
  await lead.page.goto(teamPath);
  await lead.page.getByLabel(`Role of ${member.email}`).selectOption("owner");
  await lead.page
    .getByTestId("member")
    .filter({ hasText: member.email })
    .getByRole("button", { name: "Save role" })
    .click();
  await expect(lead.page.getByRole("button", { name: "Leave team" })).toBeVisible();
  await expect(lead.page.getByTestId("only-owner")).toHaveCount(0);
});

test("a lead assigns a topic to the team's learners with a default date and a feasibility warning; the member studies from the team page", async ({
  browser,
}) => {
  const lead = await person(browser);
  const teamName = `Ops ${Date.now()}`;
  const teamPath = await createTeam(lead.page, teamName);
  const member = await person(browser);
  await inviteAndJoin(lead.page, member.page, teamName);

  // A team deck with two topics.
  await lead.page.goto(`${teamPath}/decks/new`);
  await interactive(lead.page);
  await lead.page.getByLabel("Deck title").fill("Ops FAQ");
  await lead.page.getByLabel("Deck language").selectOption("en");
  await lead.page
    .getByLabel("Deck file")
    .setInputFiles({ name: "ops.md", mimeType: "text/markdown", buffer: Buffer.from(TOPIC_FAQ) });
  await lead.page.getByRole("button", { name: "Upload and preview" }).click();
  await lead.page.getByRole("button", { name: "Publish to the team" }).click();
  await expect(lead.page.getByTestId("deck-status")).toHaveText("Published");

  await lead.page.goto(teamPath);
  await interactive(lead.page);
  const form = lead.page
    .locator("form")
    .filter({ has: lead.page.getByRole("button", { name: "Assign", exact: true }) });
  // Due in two weeks from the lead's today.
  const dueDate = form.getByLabel("Due date");
  const today = await dueDate.getAttribute("min");
  const inDays = (days: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  await expect(dueDate).toHaveValue(inDays(14));

  // The topics follow the deck.
  const topic = form.getByLabel("Topic");
  await form.getByLabel("Deck", { exact: true }).selectOption({ label: "Ops FAQ" });
  await expect(topic.locator("option")).toHaveText(["Whole deck", "Networking", "Storage"]);
  await expect(topic).toHaveValue("");
  await topic.selectOption("Networking");
  await form.getByLabel("Deck", { exact: true }).selectOption("ebpf");
  await expect(topic.locator("option")).toHaveText(["Whole deck"]);

  // A threshold shows only while its rule is on, and recall reads as a percentage.
  const recall = form.getByLabel("Predicted recall at least (%)");
  await expect(recall).toHaveValue("85");
  await form.getByLabel("studied every card at least once and reached the predicted recall").uncheck();
  await expect(recall).toHaveCount(0);
  await form.getByLabel("passed a quiz on it").uncheck();
  await expect(form.getByLabel("Pass mark (%)")).toHaveCount(0);
  await form.getByLabel("passed a quiz on it").check();
  await form.getByLabel("studied every card at least once and reached the predicted recall").check();

  // The deck's cards (48 in content/ebpf) at 20 new cards a day do not fit in two days: a warning,
  // and the lead may still assign.
  const warning = form.getByTestId("feasibility-warning");
  await expect(warning).toHaveCount(0);
  await dueDate.fill(inDays(1));
  await expect(warning).toContainText("One learner cannot see every one of the ");
  const cards = Number((await warning.textContent())!.match(/of the (\d+) cards/)![1]);
  expect(cards).toBeGreaterThan(40);
  await expect(warning).toContainText("by the due date (2 days from today)");
  await expect(warning).toContainText(
    `${member.email}: ${cards} cards left, ${Math.ceil(cards / 2)} a day needed, limit 20 a day`,
  );
  await expect(dueDate).toHaveAccessibleDescription(/cannot see every one of the \d+ cards/);

  // The whole team means its learners; the lead is offered, not assigned.
  await expect(form.getByLabel("The team's learners (everyone with the Member role)")).toBeChecked();
  await expect(form.getByRole("checkbox", { name: `${lead.email} (you)` })).not.toBeChecked();
  await form.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(lead.page.getByText("Assignment created.")).toBeVisible();
  await expect(lead.page.getByTestId("assignment")).toHaveCount(1);
  await expect(lead.page.getByTestId("assignment").getByTestId("my-assignment-status")).toHaveCount(0);
  await lead.page.goto("/");
  await expect(lead.page.getByTestId("my-assignment")).toHaveCount(0);

  // The member sees it on the team page with their status and the ways to do it.
  await member.page.goto(teamPath);
  const assignment = member.page.getByTestId("assignment");
  await expect(assignment).toContainText("study every card, recall ≥ 85%");
  await expect(assignment.getByTestId("my-assignment-status")).toHaveText("In progress");
  await expect(assignment).toContainText(`0/${cards} cards`);
  await expect(assignment.getByRole("link", { name: "Take the quiz" })).toHaveAttribute("href", "/quiz/ebpf");
  await assignment.getByRole("link", { name: "Study" }).click();
  await expect(member.page).toHaveURL(/\/study\/ebpf$/);
});
