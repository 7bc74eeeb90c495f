import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempSqlite } from "@/server/test/temp-database";

const run = promisify(execFile);

describe("npm run content:import", () => {
  let temp: Awaited<ReturnType<typeof createTempSqlite>>;
  const contentDir = mkdtempSync(path.join(os.tmpdir(), "content-import-"));
  const importContent = () =>
    run("node", ["--conditions=react-server", "--import", "tsx", "scripts/content-import.ts"], {
      env: { ...process.env, DATABASE_URL: `file:${temp.file}`, CONTENT_DIR: contentDir },
    });
  const snapshot = async () => ({
    entries: await temp.db.entry.findMany({
      orderBy: { id: "asc" },
      select: { id: true, answer: true, archivedAt: true },
    }),
    decks: await temp.db.deck.findMany({ orderBy: { slug: "asc" }, select: { slug: true, contentHash: true } }),
  });

  beforeAll(async () => {
    temp = await createTempSqlite();
    cpSync("content/ebpf", path.join(contentDir, "ebpf"), { recursive: true });
  });
  afterAll(() => temp.cleanUp());

  it("imports the seed, then leaves the database exactly as it was when any file is broken", async () => {
    const { stdout } = await importContent();
    expect(stdout).toMatch(/deck ebpf: created, 18 entries, \d+ cards, \d+ questions/);
    const before = await snapshot();

    const faq = path.join(contentDir, "ebpf/ebpf-faq.md");
    writeFileSync(faq, readFileSync(faq, "utf8").replace("XDP（eXpress Data Path）是一种", "XDP 是一种"));
    mkdirSync(path.join(contentDir, "broken"));
    writeFileSync(path.join(contentDir, "broken/deck.yaml"), "title: Broken\nlanguage: en\n");
    writeFileSync(path.join(contentDir, "broken/faq.md"), "# Only a title\n\nNo questions here.\n");

    const failure = await importContent().catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(
      `${path.relative(process.cwd(), path.join(contentDir, "broken/faq.md"))}: no question/answer entries found`,
    );
    expect(await snapshot()).toEqual(before);

    const empty = mkdtempSync(path.join(os.tmpdir(), "content-empty-"));
    const refused = await run("node", ["--conditions=react-server", "--import", "tsx", "scripts/content-import.ts"], {
      env: { ...process.env, DATABASE_URL: `file:${temp.file}`, CONTENT_DIR: empty },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toContain("no deck found");
    expect(await snapshot()).toEqual(before);
  }, 60_000);
});
