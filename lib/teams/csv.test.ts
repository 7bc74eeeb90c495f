import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks, and keeps Chinese text as is", () => {
    expect(toCsv([["a,b", 'say "hi"', "line\nbreak", "映射", 3, null]])).toBe(
      '"a,b","say ""hi""","line\nbreak",映射,3,\r\n',
    );
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(toCsv([["=HYPERLINK(1)", "+1", "-2", "@x", "ok"]])).toBe("'=HYPERLINK(1),'+1,'-2,'@x,ok\r\n");
  });
});
