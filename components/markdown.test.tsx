import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MAX_CACHED_CHARACTERS, Markdown, markdownTree } from "./markdown";

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

  it("shows a relative link's words without a link that would lead nowhere in the app", () => {
    const relative = renderToStaticMarkup(
      <Markdown>{"Edit [model.py](../configs/model.py) or read [the guide](#setup)."}</Markdown>,
    );
    expect(relative).not.toContain("../configs");
    expect(relative).toContain("model.py");
    expect(relative).toContain('href="#setup"');
  });
});

describe("Markdown beyond the input limits", () => {
  it("shows 10 KB of nested quotes as plain text, quickly and without overflowing the stack", () => {
    const deep = `${">".repeat(10_000)} deep\n`;
    const started = performance.now();
    const html = renderToStaticMarkup(<Markdown>{deep}</Markdown>);
    expect(performance.now() - started).toBeLessThan(500);
    expect(html).not.toContain("<blockquote");
    expect(html).toContain("deep");
  });

  it("shows a list nested 700 levels deep as plain text, every item kept", () => {
    const deep = Array.from({ length: 700 }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n");
    const html = renderToStaticMarkup(<Markdown>{deep}</Markdown>);
    expect(html).not.toContain("<ul");
    expect(html).toContain("item 699");
  });

  it("still renders a list nested a few levels deep as Markdown", () => {
    const html = renderToStaticMarkup(<Markdown>{"- a\n  - b\n    - c\n\n> > quoted"}</Markdown>);
    expect(html.match(/<ul>/g)).toHaveLength(3);
    expect(html.match(/<blockquote>/g)).toHaveLength(2);
  });
});

describe("Markdown parsed once per text", () => {
  it("gives a text seen before the same tree, without parsing it again, and the same page", () => {
    const text = "A **repeated** answer with [a link](https://example.com).";
    const first = markdownTree(text);
    expect(markdownTree(text)).toBe(first);
    expect(renderToStaticMarkup(<Markdown>{text}</Markdown>)).toBe(renderToStaticMarkup(<Markdown>{text}</Markdown>));
    expect(markdownTree(`${text} Edited.`)).not.toBe(first);
  });

  it("keeps only the texts used last, so that memory stays bounded", () => {
    const oldest = markdownTree("the oldest text");
    const recent = markdownTree("a text used again");
    const filler = "x".repeat(9_990);
    for (let i = 0; i < MAX_CACHED_CHARACTERS / 10_000; i++) {
      markdownTree(`${String(i).padStart(10, "0")}${filler}`);
      if (i % 50 === 0) markdownTree("a text used again");
    }
    expect(markdownTree("a text used again")).toBe(recent);
    expect(markdownTree("the oldest text")).not.toBe(oldest);
  });
});
