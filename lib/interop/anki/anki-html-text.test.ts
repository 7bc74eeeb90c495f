import { describe, expect, it } from "vitest";
import { ankiHtmlToText, mediaReferences } from "./anki-html-text";

describe("ankiHtmlToText", () => {
  it("reads HTML as a browser shows it: line breaks for <br> and blocks, entities decoded", () => {
    expect(ankiHtmlToText("one<br>two<div>three</div>&nbsp;&amp;&lt;four&gt;")).toBe("one\ntwo\nthree\n &<four>");
  });

  it("drops scripts, styles, event handlers and tags that were entity-encoded", () => {
    const text = ankiHtmlToText(
      '<script>alert(1)</script><style>b{}</style><b onclick="x()">bold</b> &lt;script&gt;evil()&lt;/script&gt; &lt;img src=x onerror=y&gt;',
    );
    expect(text).toBe("bold evil()");
    expect(text).not.toMatch(/<|alert|onerror/);
  });

  it("collapses whitespace the same way in plain fields and in HTML ones", () => {
    expect(ankiHtmlToText("  one\n two\t three ")).toBe("one two three");
    expect(ankiHtmlToText("  one\n <i>two</i>\t three ")).toBe("one two three");
  });

  it("keeps text that only looks like a tag, and drops sound references", () => {
    expect(ankiHtmlToText("Vec&lt;T&gt; and a&lt;b [sound:x.mp3]")).toBe("Vec<T> and a<b");
  });
});

describe("mediaReferences", () => {
  it("names images, sounds and videos a field refers to", () => {
    expect(mediaReferences('<img src="cat.jpg"> [sound:meow.mp3] <video src=v.mp4></video> text')).toEqual([
      "cat.jpg",
      "v.mp4",
      "meow.mp3",
    ]);
    expect(mediaReferences("plain <b>text</b>")).toEqual([]);
  });
});
