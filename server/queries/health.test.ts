import { afterEach, describe, expect, it, vi } from "vitest";
import { createTempSqlite } from "@/server/test/temp-database";

const original = process.env.DATABASE_URL;

async function healthResponse() {
  vi.resetModules();
  delete (globalThis as { db?: unknown }).db; // the client singleton survives module resets
  const { GET } = await import("@/app/api/health/route");
  return GET();
}

describe("GET /api/health", () => {
  afterEach(() => {
    process.env.DATABASE_URL = original;
  });

  it("answers 200 when the database is reachable", async () => {
    const temp = await createTempSqlite();
    process.env.DATABASE_URL = `file:${temp.file}`;
    const response = await healthResponse();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: true });
    await temp.cleanUp();
  });

  it("answers 503 when it is not", async () => {
    process.env.DATABASE_URL = "postgresql://nobody@127.0.0.1:1/nothing";
    const response = await healthResponse();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: false });
  });
});
