import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { e2eDatabase, seedMembers } from "./database";
import { createTeam, signUp } from "./helpers";

const DAY = 86_400_000;

test("a lead sees every assignment's standing, newest due first, and downloads it as CSV in their language", async ({
  page,
}) => {
  await signUp(page);
  const teamPath = await createTeam(page, `Overview team ${Date.now()}`);
  const teamId = teamPath.split("/").at(-1)!;

  // Three members; one assignment overdue since yesterday, one due in a month (just made: nobody behind yet).
  const db = e2eDatabase();
  const now = new Date();
  const [ada, bo] = await seedMembers(db, teamId, "Member", 3, now);
  const lead = await db.teamMember.findFirstOrThrow({ where: { teamId, role: "owner" } });
  const deck = await db.deck.findUniqueOrThrow({ where: { slug: "ebpf" } });
  const assign = (dueAt: Date, createdAt: Date, members: string[] | "all") =>
    db.assignment.create({
      data: {
        teamId,
        deckId: deck.id,
        dueAt,
        createdAt,
        requireStudy: false,
        minRecall: 0.85,
        requireQuiz: true,
        passPercent: 80,
        wholeTeam: members === "all",
        createdById: lead.userId,
        clientRequestId: crypto.randomUUID(),
        assignees: { create: members === "all" ? [] : members.map((userId) => ({ userId })) },
      },
    });
  await assign(new Date(now.getTime() - DAY), new Date(now.getTime() - 8 * DAY), [ada!, bo!]);
  await assign(new Date(now.getTime() + 30 * DAY), now, "all");
  await db.$disconnect();

  await page.goto(teamPath);
  await page.getByRole("link", { name: "Overview of all assignments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Assignments overview" })).toBeVisible();
  const rows = page.getByTestId("overview-row");
  await expect(rows).toHaveCount(2);
  // Due in a month: the 3 learners assigned (not the lead), all in progress, nobody behind yet.
  await expect(rows.nth(0).getByRole("cell")).toHaveText([/\d{4}/, "3", "0", "3", "0", "Nobody"], {
    useInnerText: true,
  });
  // Overdue: both chosen members.
  await expect(rows.nth(1).getByRole("cell").nth(4)).toHaveText("2", { useInnerText: true });
  await expect(rows.nth(1).getByTestId("behind").getByRole("listitem")).toHaveText([
    "Member 01 overdue",
    "Member 02 overdue",
  ]);

  const download = async () => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /CSV/ }).click()]);
    return (await readFile((await file.path())!, "utf8")).replace(/^\uFEFF/, "").split("\r\n");
  };
  const lines = await download();
  expect(lines[0]).toBe("Deck,Topic,Due date,Assigned,Done,In progress,Overdue,Members behind");
  expect(lines[2]).toMatch(/,2,0,0,2,Member 01; Member 02$/);

  // In Chinese, the headers are Chinese.
  await page.context().addCookies([{ name: "locale", value: "zh-CN", url: new URL(page.url()).origin }]);
  await page.reload();
  expect((await download())[0]).toBe("卡组,主题,截止日期,分配人数,已完成,进行中,已逾期,落后的成员");
});

test("a member cannot open the overview or its CSV", async ({ page, browser }) => {
  await signUp(page);
  const teamPath = await createTeam(page, `Private team ${Date.now()}`);
  const other = await browser.newPage();
  await signUp(other);
  expect((await other.goto(`${teamPath}/overview`))?.status()).toBe(404);
  expect((await other.request.get(`${teamPath}/overview/overview.csv`)).status()).toBe(404);
  await other.close();
});
