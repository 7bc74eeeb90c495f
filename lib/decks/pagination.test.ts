import { describe, expect, it } from "vitest";
import { pageOfIndex, pageWindow } from "./pagination";

describe("deck pages", () => {
  it("shows everything on one page up to the page size", () => {
    expect(pageWindow(18, undefined, 50)).toEqual({ page: 1, pages: 1, skip: 0, take: 50 });
    expect(pageWindow(0, undefined, 50)).toEqual({ page: 1, pages: 1, skip: 0, take: 50 });
  });

  it("splits a long deck and clamps bad page numbers", () => {
    expect(pageWindow(120, "2", 50)).toEqual({ page: 2, pages: 3, skip: 50, take: 50 });
    expect(pageWindow(120, "9", 50).page).toBe(3);
    expect(pageWindow(120, "0", 50).page).toBe(1);
    expect(pageWindow(120, "x", 50).page).toBe(1);
  });

  it("finds the page of an entry", () => {
    expect([0, 49, 50, 119].map((i) => pageOfIndex(i, 50))).toEqual([1, 1, 2, 3]);
  });
});
