import type { ReactElement } from "react";
import renderMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { findLimitBreach } from "@/lib/content/input-limits";

const components: Components = {
  // A relative link pointed into the FAQ's own repository ("../configs/model.py"): here it would lead nowhere.
  a: ({ href, children }) =>
    href && /^(?:https?:|mailto:|#)/i.test(href) ? (
      <a href={href} rel="noopener noreferrer nofollow" className="text-teal-800 underline dark:text-teal-300">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ alt }) => <span className="italic text-stone-500">[{alt || "image"}]</span>,
};

/**
 * The one way FAQ Markdown reaches a page. Raw HTML is dropped (no <script>, no event handlers)
 * and react-markdown's URL filter removes javascript: and other unsafe link targets.
 * Images are not loaded: the app makes no requests to hosts named in content.
 * Text beyond the compiler's input limits (stored before they existed) is shown as plain text: the
 * parser recurses per nesting level, so a deep one would take seconds or overflow the stack.
 */
export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  if (findLimitBreach(children))
    return <div className={`markdown whitespace-pre-wrap break-words ${className}`}>{children}</div>;
  return <div className={`markdown ${className}`}>{markdownTree(children)}</div>;
}

// Parsing is most of the cost of a page of answers (a study queue of 300 cards: half a second), and
// the same texts come back for every learner of a deck. Keyed by the text itself, so an edited
// answer is simply a new key and no server needs telling. A parsed tree takes about 16 bytes of
// memory per character of text: the budget keeps the texts used last, about 32 MB.
export const MAX_CACHED_CHARACTERS = 2_000_000;
const trees = new Map<string, ReactElement>();
let cachedCharacters = 0;

export function markdownTree(text: string): ReactElement {
  const cached = trees.get(text);
  if (cached) {
    trees.delete(text);
    trees.set(text, cached);
    return cached;
  }
  const tree = renderMarkdown({ children: text, remarkPlugins: [remarkGfm], skipHtml: true, components });
  if (text.length > MAX_CACHED_CHARACTERS / 100) return tree;
  trees.set(text, tree);
  cachedCharacters += text.length;
  for (const oldest of trees.keys()) {
    if (cachedCharacters <= MAX_CACHED_CHARACTERS) break;
    trees.delete(oldest);
    cachedCharacters -= oldest.length;
  }
  return tree;
}
