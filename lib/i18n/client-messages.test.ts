import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages } from "./client-messages";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("the messages sent to the browser", () => {
  it("include every namespace a client component reads", () => {
    const used = new Set<string>();
    for (const file of [...sourceFiles("app"), ...sourceFiles("components")]) {
      const text = readFileSync(file, "utf8");
      if (!/^\s*["']use client["']/.test(text)) continue;
      for (const [, name] of text.matchAll(/useTranslations\(\s*["'`]([A-Za-z]+)/g)) used.add(name!);
    }
    // ActionButton reads the namespace its `messages` prop names.
    for (const file of [...sourceFiles("app"), ...sourceFiles("components")])
      for (const [, name] of readFileSync(file, "utf8").matchAll(/messages="([A-Za-z]+)/g)) used.add(name!);
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((name) => !(CLIENT_NAMESPACES as readonly string[]).includes(name))).toEqual([]);
  });

  it("keep only those namespaces", () => {
    expect(clientMessages({ study: { a: "A" }, progress: { b: "B" } })).toEqual({ study: { a: "A" } });
  });
});
