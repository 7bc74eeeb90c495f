// npm run bench [name …] — runs the benchmarks one after another (all of them, or those named),
// each in its own process on a quiet machine, and writes what they print into docs/benchmarks.md
// between the "latest run" markers; the tables and notes around them are kept by hand.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";

const BENCHMARKS: { name: string; script: string; env?: Record<string, string> }[] = [
  { name: "grade throughput, SQLite", script: "bench:grade-throughput" },
  { name: "grade throughput, PostgreSQL", script: "bench:grade-throughput", env: { BENCH_POSTGRES: "1" } },
  { name: "page weight and time to first byte", script: "bench:page-weight" },
  { name: "scale, SQLite", script: "bench:scale" },
  { name: "scale, PostgreSQL", script: "bench:scale", env: { BENCH_POSTGRES: "1" } },
  { name: "progress page", script: "bench:progress" },
  { name: "content compiler", script: "bench:content" },
  { name: "FSRS parameter fit", script: "bench:optimize" },
  { name: "workload simulation", script: "bench:workload" },
  { name: "load balancing", script: "bench:load-balance" },
  { name: "team deck upload", script: "bench:upload-flow" },
];
const DOC = "docs/benchmarks.md";
const [START, END] = ["<!-- npm run bench: latest run -->", "<!-- npm run bench: end -->"];

const wanted = process.argv.slice(2);
const chosen = BENCHMARKS.filter(
  (b) => !wanted.length || wanted.some((w) => b.name.includes(w) || b.script.endsWith(w)),
);
if (!existsSync(".next/BUILD_ID")) run("npm", ["run", "-s", "build"], {});

const sections: string[] = [];
for (const bench of chosen) {
  console.log(`▶ ${bench.name}`);
  const started = performance.now();
  const result = run("npm", ["run", "-s", bench.script], bench.env ?? {});
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const output = result.stdout.trim() || "(no output)";
  const status =
    result.status === 0 ? "" : ` — **failed** (exit ${result.status}): ${result.stderr.trim().split("\n").at(-1)}`;
  sections.push(
    `### ${bench.name} (\`npm run ${bench.script}\`${bench.env ? `, ${envText(bench.env)}` : ""}; ${seconds} s)${status}\n\n\`\`\`\n${output}\n\`\`\``,
  );
}

const header = `## Latest \`npm run bench\` (${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC; ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at the start; ${chosen.length === BENCHMARKS.length ? "all benchmarks" : `only: ${chosen.map((b) => b.name).join(", ")}`})`;
const block = `${START}\n${header}\n\n${sections.join("\n\n")}\n${END}`;
const doc = readFileSync(DOC, "utf8");
const [before, rest] = doc.includes(START)
  ? [doc.slice(0, doc.indexOf(START)), doc.slice(doc.indexOf(END) + END.length)]
  : [doc, "\n"];
writeFileSync(DOC, `${before.trimEnd()}\n\n${block}\n${rest.trimStart() ? `\n${rest.trimStart()}` : ""}`);
console.log(`✔ ${DOC} updated`);

function run(command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(command, args, {
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
  process.stdout.write(result.stdout ?? "");
  return result;
}

function envText(env: Record<string, string>) {
  return Object.entries(env)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
}
