import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it("uses a saved choice first", () => {
    expect(negotiateLocale("en", "zh-CN,zh;q=0.9")).toBe("en");
  });
  it("follows the browser's preference order and weights", () => {
    expect(negotiateLocale(undefined, "zh-TW,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(negotiateLocale(undefined, "en-GB,en;q=0.9,zh;q=0.8")).toBe("en");
    expect(negotiateLocale(undefined, "fr;q=1,zh;q=0.5,en;q=0.7")).toBe("en");
  });
  it("ignores an unknown saved value and falls back to Chinese", () => {
    expect(negotiateLocale("de", "de-DE")).toBe("zh-CN");
    expect(negotiateLocale(undefined, null)).toBe("zh-CN");
    expect(negotiateLocale(undefined, "en;q=0")).toBe("zh-CN");
  });
});
