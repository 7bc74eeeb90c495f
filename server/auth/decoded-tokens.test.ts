import { describe, expect, it, vi } from "vitest";
import { DecodedTokens } from "./decoded-tokens";

const now = Date.parse("2026-12-01T09:00:00Z");
const token = (sub: string, expiresInSeconds: number) => ({ sub, exp: now / 1000 + expiresInSeconds });

describe("decoded session cookies", () => {
  it("decrypts a cookie once and answers from memory until the token expires", async () => {
    const tokens = new DecodedTokens<{ sub: string; exp: number }>();
    const decode = vi.fn(async () => token("alice", 60));
    expect(await tokens.get("cookie-a", "salt", now, decode)).toMatchObject({ sub: "alice" });
    expect(await tokens.get("cookie-a", "salt", now + 59_000, decode)).toMatchObject({ sub: "alice" });
    expect(decode).toHaveBeenCalledTimes(1);
    expect(await tokens.get("cookie-a", "salt", now + 60_000, decode)).toBeNull();
  });

  it("keeps nothing for a cookie that does not decrypt, and keys by cookie name too", async () => {
    const tokens = new DecodedTokens<{ sub: string; exp: number }>();
    const bad = vi.fn(async () => null);
    expect(await tokens.get("forged", "salt", now, bad)).toBeNull();
    expect(await tokens.get("forged", "salt", now, bad)).toBeNull();
    expect(bad).toHaveBeenCalledTimes(2);
    await tokens.get("cookie", "salt-1", now, async () => token("alice", 60));
    expect(await tokens.get("cookie", "salt-2", now, async () => token("bob", 60))).toMatchObject({ sub: "bob" });
  });

  it("forgets the oldest cookie when full", async () => {
    const tokens = new DecodedTokens<{ sub: string; exp: number }>(2);
    for (const name of ["a", "b", "c"]) await tokens.get(name, "s", now, async () => token(name, 60));
    const decode = vi.fn(async () => token("a", 60));
    await tokens.get("a", "s", now, decode);
    expect(decode).toHaveBeenCalledTimes(1);
  });
});
