import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const hostile = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(2)">',
  '<a href="https://example.com" onclick="alert(3)">x</a>',
  "[click](javascript:alert(4))",
  "[click2](JaVaScRiPt:alert(5))",
  '<iframe src="javascript:alert(6)"></iframe>',
  "![img](javascript:alert(7))",
  '<div style="background:url(javascript:alert(8))">styled</div>',
  "<svg><script>alert(9)</script></svg>",
].join("\n\n");

describe("Markdown", () => {
  const html = renderToStaticMarkup(
    <Markdown>{`**Bold** and a [link](https://example.com).\n\n${hostile}\n\n| a | b |\n| - | - |\n| 1 | 2 |`}</Markdown>,
  );

  it("never lets scripts, event handlers or javascript: URLs through", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<iframe|<svg|style=/i);
  });

  it("still renders ordinary Markdown, tables and safe links", () => {
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain('href="https://example.com"');
    expect(html).toContain("<table>");
  });
});
