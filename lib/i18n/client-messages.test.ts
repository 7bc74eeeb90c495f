import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
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

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.resolve(spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

/** The project's files that `files` import, directly or not, with `files` themselves. */
function importClosure(files: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...files];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const [, spec, lazy] of text.matchAll(
      /(?:import|export)\b[^"';]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']/g,
    )) {
      const imported = resolveImport(file, (spec ?? lazy)!);
      if (imported) todo.push(imported);
    }
  }
  return seen;
}

/** The namespaces that client components among `files` read, and that ActionButtons name. */
function clientNamespaces(files: Set<string>): string[] {
  const used = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    if (/^\s*["']use client["']/.test(text))
      for (const [, name] of text.matchAll(/useTranslations\(\s*["'`]([A-Za-z]+)/g)) used.add(name!);
    // ActionButton reads the namespace its `messages` prop names.
    for (const [, name] of text.matchAll(/messages="([A-Za-z]+)/g)) used.add(name!);
  }
  return [...used].sort();
}

const parts = readdirSync("app").filter((name) => statSync(path.join("app", name)).isDirectory());

describe("the messages sent to the browser", () => {
  it.each(parts)("for app/%s are exactly the namespaces its client components read", (part) => {
    const expected = clientNamespaces(importClosure(sourceFiles(path.join("app", part))));
    expect([...((CLIENT_NAMESPACES as Record<string, readonly string[]>)[part] ?? [])].sort()).toEqual(expected);
    if (expected.length > 0)
      expect(readFileSync(path.join("app", part, "layout.tsx"), "utf8")).toContain(`<PartMessages part="${part}">`);
  });

  it("are none for the root layout, its home page and its 404 page", () => {
    const rootFiles = ["layout.tsx", "page.tsx", "not-found.tsx"].map((name) => path.resolve("app", name));
    expect(clientNamespaces(importClosure(rootFiles))).toEqual([]);
  });

  it("find the namespaces of the client components a part imports", () => {
    expect(clientNamespaces(importClosure(sourceFiles(path.join("app", "study"))))).toContain("studySession");
  });

  it("keep only a part's namespaces", () => {
    expect(clientMessages({ study: { a: "A" }, progress: { b: "B" } }, "study")).toEqual({ study: { a: "A" } });
  });
});
