import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run("node", ["--conditions=react-server", "--import", "tsx", "scripts/content-build.ts", ...args]);

describe("npm run content:build", () => {
  it("prints the seed's entries, cards, questions and warnings as JSON", async () => {
    const { stdout } = await cli("--input", "content/ebpf/ebpf-faq.md", "--json");
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(["entries", "cards", "questions", "warnings"]);
    expect(out.entries).toHaveLength(18);
    expect(Object.keys(out.entries[0])).toEqual(["id", "kind", "topic", "question", "answer", "line"]);
    expect(Object.keys(out.cards[0])).toEqual(["id", "entryId", "kind", "front", "back"]);
    expect(Object.keys(out.questions[0])).toEqual(["id", "entryId", "stem", "options", "answer", "explanation"]);
    expect(out.warnings).toEqual([]);
  }, 30_000);

  it("prints a warning naming file and line for text that belongs to no entry, also with --json", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "content-build-"));
    const file = path.join(dir, "faq.md");
    writeFileSync(file, "### What is it?\n\nA tool.\n\n---\n\nWritten by the tools team.\n");
    const { stdout, stderr } = await cli("--input", file, "--json");
    expect(stderr).toContain(
      `warning: ${file}:7: text not under any question was left out: "Written by the tools team."`,
    );
    expect(JSON.parse(stdout).warnings).toContainEqual({ line: 7, message: expect.any(String), dropped: true });
  }, 30_000);

  it("exits 1 with file:line: message on stderr for a broken file", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "content-build-"));
    const file = path.join(dir, "faq.md");
    writeFileSync(file, "### What? <!-- id: a -->\n\nOne.\n\n### Why? <!-- id: a -->\n\nTwo.\n");
    const failure = await cli("--input", file).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr.trim()).toBe(`${file}:5: id "a" is already used at ${file}:1`);
  }, 30_000);
});
