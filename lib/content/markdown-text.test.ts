import { describe, expect, it } from "vitest";
import { plainText, sentences, visualLength } from "./markdown-text";

describe("sentences", () => {
  it("does not cut inside a code span, nor at a '?' inside a word", () => {
    expect(sentences("Open `/find?name=a.b` to jump. It redirects?Yes.")).toEqual([
      "Open `/find?name=a.b` to jump.",
      "It redirects?Yes.",
    ]);
  });

  it("still cuts after Chinese and spaced Latin sentence ends", () => {
    expect(sentences("支持吗?支持。Is it fast? Yes!")).toEqual(["支持吗?", "支持。", "Is it fast?", "Yes!"]);
  });

  it("does not cut after 'eg.' or 'ie.' written without inner stops", () => {
    expect(sentences("Good when many hosts (eg. webservers) connect, ie. often. Then share.")).toEqual([
      "Good when many hosts (eg. webservers) connect, ie. often.",
      "Then share.",
    ]);
  });

  it("does not cut after a title or an abbreviation (Dr., e.g., vs.)", () => {
    expect(sentences("It is kept by Dr. Ada Lang. Use a fork, e.g. the stable one, vs. main.")).toEqual([
      "It is kept by Dr. Ada Lang.",
      "Use a fork, e.g. the stable one, vs. main.",
    ]);
  });
});

describe("plainText", () => {
  it("unwraps code spans but keeps a lone backtick, which is the character itself", () => {
    expect(plainText("名称没有使用反引号（`）括起来使用")).toBe("名称没有使用反引号（`）括起来使用");
    expect(plainText("或用 `SELECT 1` 测试")).toBe("或用 SELECT 1 测试");
    expect(plainText("Run ``a `b` c`` now")).toBe("Run a `b` c now");
  });

  it("keeps HTML written as code and drops the HTML around it", () => {
    expect(plainText("在页面最外层添加`<div></div>`即可")).toBe("在页面最外层添加<div></div>即可");
    expect(plainText("<p>Wrap it in `<span>`</p>")).toBe("Wrap it in <span>");
  });
});

describe("visualLength", () => {
  it("counts a CJK character as two and any other character, emoji included, as one", () => {
    expect(visualLength("eBPF 程序")).toBe(9);
    expect(visualLength("兼容字符：﨑")).toBe(11); // the full-width colon is one
    expect(visualLength("ok 👍")).toBe(4);
    expect(visualLength("\ud83d")).toBe(1); // a lone surrogate
    expect(visualLength("")).toBe(0);
  });
});
