import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTempDatabase } from "@/server/test/temp-database";
import { timestampedPrismaAdapter } from "./adapter";

const at = new Date("2001-02-03T04:05:06.000Z");

describe("Auth.js adapter", () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    temp = await createTempDatabase();
  });
  afterAll(() => temp.cleanUp());
  afterEach(() => vi.useRealTimers());

  it("creates an OAuth user and links the account, timestamped at the request", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(at);
    const adapter = timestampedPrismaAdapter(temp.db);
    const user = await adapter.createUser!({ id: "", email: "oauth@example.test", emailVerified: null, name: "O" });
    await adapter.linkAccount!({ userId: user.id, type: "oauth", provider: "github", providerAccountId: "42" });
    await adapter.updateUser!({ id: user.id, name: "O. Auth" });
    expect(await temp.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      name: "O. Auth",
      createdAt: at,
      updatedAt: at,
    });
    expect(await temp.db.account.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({
      provider: "github",
      createdAt: at,
      updatedAt: at,
    });
    expect(await adapter.getUserByAccount!({ provider: "github", providerAccountId: "42" })).toMatchObject({
      id: user.id,
    });
  });
});
