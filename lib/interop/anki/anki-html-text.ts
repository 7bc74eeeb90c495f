// Anki fields hold HTML. Cards here hold plain text, so the HTML is read the way a browser shows it
// (line breaks for <br> and blocks, no script or style contents, entities decoded), and then goes
// through the FAQ answers' own tag filter, so that an entity-encoded tag does not come back as HTML.
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { stripHtmlTags } from "@/lib/content/markdown-text";

const SOUND = /\[sound:[^\]]*\]/g;

export function ankiHtmlToText(html: string): string {
  // Most fields are plain text: they need no parser, only the whitespace a browser would collapse.
  if (!/[<&]/.test(html))
    return html
      .replace(SOUND, "")
      .replace(/[ \t\n\r\f]+/g, " ")
      .trim();
  const tree = fromHtml(html.replace(SOUND, ""), { fragment: true });
  return stripHtmlTags(toText(tree))
    .replace(/\u00a0/g, " ")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The media files a field's HTML refers to: images, sounds, videos. */
export function mediaReferences(html: string): string[] {
  const names = [
    ...[
      ...html.matchAll(/<(?:img|audio|video|source|embed|object)\b[^>]*?\b(?:src|data)\s*=\s*["']?([^"'\s>]+)/gi),
    ].map((m) => m[1]!),
    ...[...html.matchAll(SOUND)].map((m) => m[0].slice("[sound:".length, -1)),
  ];
  return [...new Set(names)];
}
