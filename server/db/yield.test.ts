import { describe, expect, it } from "vitest";
import type { Database } from "./connection";
import { independentQueries } from "./yield";

describe("independentQueries on SQLite", () => {
  it("answers in order and lets waiting work run between the queries", async () => {
    const events: string[] = [];
    const query = (name: string, value: number) => async () => {
      events.push(name);
      // Another request arriving meanwhile: it must not wait for the last query.
      if (name === "first") setImmediate(() => events.push("other request"));
      return value;
    };
    const sqlite = {} as Database;
    const results = await independentQueries(sqlite, [query("first", 1), query("second", 2), query("third", 3)]);
    expect(results).toEqual([1, 2, 3]);
    expect(events).toEqual(["first", "other request", "second", "third"]);
  });
});
