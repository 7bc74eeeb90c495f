// npm run bench:upload-flow [entries] — the whole team-deck flow in a browser against `next start`
// (SQLite): upload a deck of n entries (compile, save the draft, preview), view the preview again,
// publish, then a member opens the deck page, the study page and the card browser. Meanwhile another
// client asks GET /api/health every 20 ms; for each step it reports the slowest answer. A step that
// blocks the server's event loop shows as a slow health check. Needs `next build` first.
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../../e2e/chromium";
import { benchDatabase, percentile, sessionCookie, startBenchServer, requireProductionBuild } from "./bench-server";

const ENTRIES = Number(process.argv[2] ?? 3000);

requireProductionBuild();

const faq = `${Array.from(
  { length: ENTRIES },
  (_, i) =>
    `## What is item ${i}?\n\nItem ${i} is thing number ${i}, used for ${i % 7} things. It is **bold** and \`coded\`.\n`,
).join("\n")}`;

const bench = await benchDatabase("faq-bench-upload-");
const now = new Date();
const [admin, member] = await Promise.all(
  ["admin", "member"].map((name) =>
    bench.db.user.create({ data: { email: `${name}@example.test`, name, createdAt: now, updatedAt: now } }),
  ),
);
const team = await bench.db.team.create({
  data: {
    name: "Bench team",
    createdAt: now,
    members: {
      create: [
        { userId: admin!.id, role: "owner", joinedAt: now },
        { userId: member!.id, role: "member", joinedAt: now },
      ],
    },
  },
});
await bench.db.$disconnect();

const server = await startBenchServer(bench);
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const pageFor = async (userId: string): Promise<Page> => {
    const [name, value] = (await sessionCookie(userId)).split("=") as [string, string];
    const context = await browser.newContext({ baseURL: server.base });
    await context.addCookies([{ name, value, url: server.base }]);
    return context.newPage();
  };
  const adminPage = await pageFor(admin!.id);
  const memberPage = await pageFor(member!.id);

  // The health checker: one request after another, 20 ms apart, each latency filed under the step.
  let step = "baseline";
  let running = true;
  const latencies = new Map<string, number[]>();
  const checker = (async () => {
    while (running) {
      const t0 = performance.now();
      const response = await fetch(`${server.base}/api/health`);
      await response.text();
      const ms = performance.now() - t0;
      if (!latencies.has(step)) latencies.set(step, []);
      latencies.get(step)!.push(ms);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const timed = async (name: string, run: () => Promise<unknown>) => {
    step = name;
    const t0 = performance.now();
    await run();
    // Let a few checks land after the step, to catch work it left behind.
    await new Promise((r) => setTimeout(r, 300));
    console.log(`${name}: ${Math.round(performance.now() - t0)} ms`);
  };

  await new Promise((r) => setTimeout(r, 2000));
  await adminPage.goto(`/teams/${team.id}/decks/new`);
  await adminPage.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await adminPage.getByLabel("Deck title").fill("Bench deck");
  await adminPage.getByLabel("Deck language").selectOption("en");
  await adminPage
    .getByLabel("FAQ file (.md)")
    .setInputFiles({ name: "big.md", mimeType: "text/markdown", buffer: Buffer.from(faq) });
  await timed("upload (compile, save, first preview)", async () => {
    await adminPage.getByRole("button", { name: "Upload and preview" }).click();
    await adminPage.waitForURL(/\/preview/, { timeout: 300_000 });
    await adminPage.getByTestId("deck-status").waitFor({ timeout: 300_000 });
  });
  const preview = adminPage.url();
  const slug = decodeURIComponent(new URL(preview).pathname.split("/").at(-2)!);
  await timed("view preview again", async () => {
    await adminPage.goto(preview, { timeout: 300_000 });
    await adminPage.getByTestId("deck-status").waitFor();
  });
  await timed("publish", async () => {
    await adminPage.locator("html[data-hydrated]").waitFor({ state: "attached" });
    await adminPage.getByRole("button", { name: "Publish" }).click();
    await adminPage.getByTestId("deck-status").getByText("Published").waitFor({ timeout: 300_000 });
  });
  await timed("member opens the deck page", () => memberPage.goto(`/decks/${slug}`, { timeout: 300_000 }));
  await timed("member opens the study page", () => memberPage.goto(`/study/${slug}`, { timeout: 300_000 }));
  await timed("member opens the card browser", () => memberPage.goto(`/study/${slug}/cards`, { timeout: 300_000 }));
  running = false;
  await checker;

  console.log(`\n${ENTRIES} entries; GET /api/health every 20 ms meanwhile:`);
  for (const [name, samples] of latencies) {
    samples.sort((a, b) => a - b);
    console.log(
      `  ${name}: ${samples.length} checks, p50 ${percentile(samples, 50).toFixed(0)} ms, max ${samples.at(-1)!.toFixed(0)} ms`,
    );
  }
} finally {
  await browser.close();
  server.stop();
  bench.remove();
}
