// npm run bench:page-weight — what a signed-in learner's browser downloads for each page: the
// JavaScript (every script the HTML loads, and the inline scripts, which carry the React Server
// Components payload) and the HTML, each gzip-compressed as a server would send it; and the time to
// first byte, median of 5, on `next start` with SQLite, for the demo learner (scripts/demo-seed.ts:
// a year of history, ~250 000 reviews).
// Goals (issue 16): time to first byte ≤ 100 ms; JavaScript ≤ 130 kB on /study/<deck>, ≤ 170 kB on any page.
// A benchmark, not a test: results go in docs/benchmarks.md. Needs `next build` first.
import { gzipSync } from "node:zlib";
import { DEMO_EMAIL, seedDemoLearner } from "../demo-seed";
import { DEMO_DECK_SLUG } from "../demo/demo-decks";
import { benchDatabase, percentile, sessionCookie, startBenchServer, requireProductionBuild } from "./bench-server";

const PAGES = [
  "/",
  `/study/${DEMO_DECK_SLUG}`,
  `/decks/${DEMO_DECK_SLUG}`,
  "/study/ebpf",
  "/decks/ebpf",
  "/quiz/ebpf",
  "/progress",
  "/settings",
  "/teams",
  "/account",
];

requireProductionBuild();

const bench = await benchDatabase("faq-bench-pages-");
const { db } = bench;
// Their year of history ends 8 hours ago, so that cards are due now, as when they open the app.
const seeded = await seedDemoLearner(db, { email: DEMO_EMAIL, now: new Date(Date.now() - 8 * 3_600_000) });
await db.$disconnect();
const cookie = await sessionCookie(seeded.userId);
const server = await startBenchServer(bench);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const gz = (text: string) => gzipSync(text).length;

try {
  console.log(
    "| page | JavaScript (gzip) | of which inline | HTML (gzip) | TTFB p50 | whole page p50 | first request |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  const scriptCache = new Map<string, number>();
  for (const page of PAGES) {
    const ttfb: number[] = [];
    const whole: number[] = [];
    let first = 0;
    let html = "";
    for (let i = 0; i < 6; i++) {
      const started = performance.now();
      const response = await fetch(`${server.base}${page}`, { headers: { cookie }, redirect: "manual" });
      if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
      // fetch resolves when the response's headers arrive: the first byte.
      // The first request warms the route and the server's caches (parsed Markdown): shown apart.
      if (i > 0) ttfb.push(performance.now() - started);
      else first = performance.now() - started;
      html = await response.text();
      // A page that streams (a loading skeleton first) is complete at its last byte.
      if (i > 0) whole.push(performance.now() - started);
    }
    // Polyfills marked `nomodule` are skipped by every browser that runs modules.
    const sources = [...html.matchAll(/<script(?![^>]*\snomodule)[^>]*\ssrc="([^"]+)"/gi)].map((m) => m[1]!);
    let external = 0;
    for (const src of new Set(sources)) {
      if (!scriptCache.has(src))
        scriptCache.set(src, gz(await (await fetch(new URL(src, server.base), { headers: { cookie } })).text()));
      external += scriptCache.get(src)!;
    }
    // BENCH_VERBOSE=1: each page's scripts, to see what makes it heavy.
    if (process.env.BENCH_VERBOSE)
      console.log(
        `${page}: ${[...new Set(sources)].map((src) => `${src.split("/").pop()} ${kB(scriptCache.get(src)!)}`).join(", ")}`,
      );
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("");
    ttfb.sort((a, b) => a - b);
    whole.sort((a, b) => a - b);
    console.log(
      `| ${page} | ${kB(external + gz(inline))} | ${kB(gz(inline))} | ${kB(gz(html))} | ${percentile(ttfb, 50).toFixed(0)} ms | ${percentile(whole, 50).toFixed(0)} ms | ${first.toFixed(0)} ms |`,
    );
  }
} finally {
  server.stop();
  bench.remove();
}
