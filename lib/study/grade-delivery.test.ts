import { describe, expect, it } from "vitest";
import { retryReason } from "./grade-delivery";

describe("why a grade waits", () => {
  it("tells a browser without a connection from a server that cannot be reached", () => {
    expect(retryReason("failed", false)).toBe("offline");
    expect(retryReason("failed", true)).toBe("unreachable");
  });

  it.each([500, 502, 503, 504, 408, 429])("calls a %i a server problem, whatever the connection", (status) => {
    expect(retryReason(status, true)).toBe("server");
  });

  it("keeps the grades of a learner whose session ended", () => {
    expect(retryReason(401, true)).toBe("signed-out");
  });

  it.each([200, 400, 404, 409])("takes a %i as answered: its outcome is acted on, not retried", (status) => {
    expect(retryReason(status, true)).toBeNull();
  });
});
