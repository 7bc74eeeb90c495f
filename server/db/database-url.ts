import path from "node:path";

export type DatabaseTarget =
  { provider: "sqlite"; url: string; file: string } | { provider: "postgresql"; url: string };

/** Reads DATABASE_URL: `file:` (or unset) means the embedded SQLite file, `postgres(ql)://` PostgreSQL. */
export function databaseTarget(url = process.env.DATABASE_URL ?? "file:./data/app.db"): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: "postgresql", url };
  if (url.startsWith("file:")) {
    const file = path.resolve(/*turbopackIgnore: true*/ url.slice("file:".length));
    return { provider: "sqlite", url: `file:${file}`, file };
  }
  throw new Error(`DATABASE_URL must start with file: or postgresql:// (got "${url.split(":")[0]}:…")`);
}
