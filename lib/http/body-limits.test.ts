import { describe, expect, it } from "vitest";
import { checkBodySize, OTHER_BODY_LIMIT, SERVER_ACTION_BODY_LIMIT, UPLOAD_ACTION_BODY_LIMIT } from "./body-limits";

const check = (contentLength: string | null, serverAction = false, chunked = false) =>
  checkBodySize({ contentLength, serverAction, chunked });

describe("checkBodySize", () => {
  it("lets bodies up to the limit through", () => {
    expect(check(null)).toBe("ok");
    expect(check("0")).toBe("ok");
    expect(check(String(OTHER_BODY_LIMIT))).toBe("ok");
    expect(check(String(SERVER_ACTION_BODY_LIMIT), true)).toBe("ok");
  });

  it("refuses larger bodies, with the larger limit for server actions", () => {
    expect(check(String(OTHER_BODY_LIMIT + 1))).toBe("too-large");
    expect(check(String(OTHER_BODY_LIMIT + 1), true)).toBe("ok");
    expect(check(String(SERVER_ACTION_BODY_LIMIT + 1), true)).toBe("too-large");
    expect(check("99999999999999999999999")).toBe("length-required");
  });

  it("asks for a length when a body is streamed without one", () => {
    expect(check(null, false, true)).toBe("length-required");
    expect(check(null, true, true)).toBe("length-required");
  });

  it("gives the deck upload pages' actions the upload limit, and no other request", () => {
    const at = (pathname: string, length: number, serverAction = true) =>
      checkBodySize({ contentLength: String(length), serverAction, chunked: false, pathname });
    expect(at("/decks/import", UPLOAD_ACTION_BODY_LIMIT)).toBe("ok");
    expect(at("/teams/t1/decks/new", SERVER_ACTION_BODY_LIMIT + 1)).toBe("ok");
    expect(at("/decks/import", UPLOAD_ACTION_BODY_LIMIT + 1)).toBe("too-large");
    expect(at("/decks/import", OTHER_BODY_LIMIT + 1, false)).toBe("too-large");
    expect(at("/decks/import/x", SERVER_ACTION_BODY_LIMIT + 1)).toBe("too-large");
    expect(at("/settings", SERVER_ACTION_BODY_LIMIT + 1)).toBe("too-large");
  });
});
