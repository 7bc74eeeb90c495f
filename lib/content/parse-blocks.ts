// Top-level Markdown blocks of an FAQ file, with front matter blanked out so that line numbers stay true.
import type { RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { parseMarkdown } from "./markdown-text";
import { inlineText } from "./parse-labels";

export type Block = RootContent;

// micromark's time grows faster than its input: the 10 000-entry benchmark's file parses in about 2.5 s in
// chunks of 5 000 characters, 3.3 s in chunks of 20 000 and 4.3 s in chunks of 60 000.
const CHUNK_SIZE = 5_000;

/** YAML (`---`) or TOML (`+++`) front matter, possibly after HTML comments, replaced by empty lines. */
export function blankFrontMatter(source: string): string {
  const lead = /^(?:\s*<!--[\s\S]*?-->)*\s*/.exec(source)![0];
  const rest = source.slice(lead.length);
  const open = /^(-{3}|\+{3})[ \t]*\n/.exec(rest);
  if (!open) return source;
  const fence = open[1]!;
  const close = new RegExp(`\\n${fence.replace(/\+/g, "\\+")}[ \\t]*(?:\\n|$)`).exec(rest);
  if (!close) return source;
  const matter = rest.slice(0, close.index + close[0].length);
  // `---`, a paragraph, `---` is also a rule and a setext heading: front matter starts with a key,
  // perhaps after `# comment` lines; Jekyll pages may indent every key alike.
  const firstLine =
    rest
      .slice(open[0].length, close.index + 1)
      .split("\n")
      .find((line) => line.trim() !== "" && !/^\s*#/.test(line)) ?? "";
  if (!/^[ \t]*[\w"'.-]+\s*[:=]|^\[[\w.]+\]\s*$/.test(firstLine)) return source;
  return lead + matter.replace(/[^\n]/g, "") + rest.slice(matter.length);
}

// `<a name="faq3"></a>` alone on a line: an HTML block to Markdown, which would swallow the `**(3) …?**` question on
// the line after it (an HTML block runs to the next blank line).
const ANCHOR_LINE = /^[ \t]*(?:<a\s+(?:name|id)\s*=\s*(?:"[^"\n]*"|'[^'\n]*')\s*(?:\/>|>\s*<\/a>)[ \t]*)+$/i;

/** Lines that are only link anchors, emptied (not removed, so that line numbers stay true); code is left alone. */
export function blankAnchorLines(source: string): string {
  let fence: string | null = null;
  return source
    .split("\n")
    .map((line) => {
      const opens = /^[ \t]*(`{3,}|~{3,})/.exec(line)?.[1];
      if (opens && (fence === null || opens.startsWith(fence))) fence = fence === null ? opens : null;
      return fence === null && ANCHOR_LINE.test(line) ? "" : line;
    })
    .join("\n");
}

// `!!! note "Title"`, `??? question "Title"`, and MkDocs content tabs (`=== "Windows"`), whose title is their label.
const ADMONITION = /^(?:(!!!|\?\?\?\+?)[ \t]*([\w-]+)(?:[ \t]+"([^"]*)")?|(===\+?)[ \t]+"([^"]*)")[ \t]*$/;
const QUESTION_ADMONITION = /^(?:question|faq|qa)$/i;

/**
 * MkDocs admonitions (`!!! question "Why…?"` over a 4-space indented body) rewritten line for line:
 * a question one becomes a `**Q: …**` paragraph, others a bold title, and the body is unindented.
 */
export function unwrapAdmonitions(source: string): string {
  let text = source;
  // Each pass unwraps one level of nesting.
  for (let depth = 0; depth < 4 && /^(?:!!!|\?\?\?|===\+?[ \t]+")/m.test(text); depth++) text = unwrapOneLevel(text);
  return text;
}

function unwrapOneLevel(source: string): string {
  const lines = source.split("\n");
  let fence: string | null = null;
  let inBody = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (inBody) {
      if (line.trim() === "" || /^( {4}|\t)/.test(line)) {
        lines[i] = line.replace(/^( {4}|\t)/, "");
        continue;
      }
      inBody = false;
    }
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === null ? marker : null;
      continue;
    }
    const match = fence === null ? ADMONITION.exec(line) : null;
    if (!match) continue;
    const title = (match[3] ?? match[5] ?? "").trim();
    lines[i] = QUESTION_ADMONITION.test(match[2] ?? "") ? `**Q: ${title}**` : title ? `**${title}**` : "";
    inBody = true;
  }
  return lines.join("\n");
}

const CONTAINER_OPEN = /^ {0,3}:{3,}[ \t]*([\w-]+)(?:[ \t]+(.*?))?[ \t]*$/;
const CONTAINER_CLOSE = /^ {0,3}:{3,}[ \t]*$/;
const TAB = /^ {0,3}@tab(?::active)?[ \t]+(.+?)[ \t]*$/;

/** `::: details 点击展开视频教程`, `<summary>Click to expand</summary>`: a fold named for the click, asking nothing. */
export const FOLD_NAME =
  /^(?:点击|单击)?(?:展开|查看|显示)(?!.*[?？]$)|^(?:click (?:here )?to (?:expand|show|see|view)|(?:show|expand|view) (?:more|details|all))\b/i;

/**
 * VuePress containers (`::: details 报名流程` … `:::`) rewritten line for line, so that no marker stays in the text
 * and the opening line ends the block above. A `details` title names what the container holds (a group of
 * questions, or one question): it becomes a heading one level below the heading above. Another title (`::: tip`)
 * or a `@tab` label becomes bold text.
 */
export function unwrapContainers(source: string): string {
  if (!/^ {0,3}:::/m.test(source)) return source;
  const lines = source.split("\n");
  let fence: string | null = null;
  let open = 0;
  let depth = 1; // of the last real heading
  lines.forEach((line, i) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === null ? marker : null;
      return;
    }
    if (fence !== null) return;
    depth = /^ {0,3}(#{1,6})(?:\s|$)/.exec(line)?.[1]!.length ?? depth;
    if (open > 0 && CONTAINER_CLOSE.test(line)) return void (open--, (lines[i] = ""));
    const tab = open > 0 ? TAB.exec(line) : null;
    if (tab) return void (lines[i] = `**${tab[1]}**`);
    const match = CONTAINER_OPEN.exec(line);
    if (!match) return;
    open++;
    const title = match[2] ?? "";
    if (!title) lines[i] = "";
    else
      lines[i] =
        // (`::: danger 出现BUG？` asks a question too, whatever the box's colour.)
        (match[1] === "details" && !FOLD_NAME.test(title)) || /[?？]\s*$/.test(title)
          ? `${"#".repeat(Math.min(6, Math.max(2, depth + 1)))} ${title}`
          : `**${title}**`;
  });
  return lines.join("\n");
}

/**
 * Top-level blocks with positions in `source`. micromark slows down more than linearly on very
 * large documents (and very long lists), so big files are parsed in chunks, cut outside code fences
 * and raw HTML just before a line that always starts a new top-level block.
 */
export function parseBlocks(source: string): Block[] {
  if (source.length <= CHUNK_SIZE) return parseMarkdown(source).children;
  const blocks: Block[] = [];
  let fence: string | null = null;
  let rawUntil: RegExp | null = null; // inside an HTML comment or <pre>/<script>/<style>/<textarea> block
  let chunkStart = 0;
  let chunkLine = 0;
  let offset = 0;
  const lines = source.split("\n");
  const flush = (end: number, endLine: number) => {
    const tree = parseMarkdown(source.slice(chunkStart, end));
    visit(tree, (node) => {
      if (!node.position) return;
      for (const point of [node.position.start, node.position.end]) {
        point.line += chunkLine;
        if (point.offset !== undefined) point.offset += chunkStart;
      }
    });
    blocks.push(...tree.children);
    chunkStart = end;
    chunkLine = endLine;
  };
  lines.forEach((line, i) => {
    if (fence !== null) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length) fence = null;
    } else if (rawUntil !== null) {
      if (rawUntil.test(line)) rawUntil = null;
    } else {
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      const comment = /^ {0,3}<!--/.test(line) && !line.slice(line.indexOf("<!--") + 4).includes("-->");
      const raw = /^ {0,3}<(script|pre|style|textarea)[\s>]/i.exec(line);
      if (open) fence = open;
      else if (comment) rawUntil = /-->/;
      else if (raw && !new RegExp(`</${raw[1]}>`, "i").test(line)) rawUntil = new RegExp(`</${raw[1]}>`, "i");
      else if (offset - chunkStart >= CHUNK_SIZE && startsTopLevelBlock(line, lines[i - 1])) flush(offset, i);
    }
    offset += line.length + 1;
  });
  flush(source.length, lines.length);
  return blocks;
}

/**
 * `<h3 id="x">Why…?</h3>` written as HTML is a heading too, and so is one closed by a stray tag (`…？</a>`) or
 * not at all, its text perhaps wrapped over lines. Text after the heading in the same HTML block (no blank
 * line between them) stays a block of its own.
 */
export function withHtmlHeadings(blocks: Block[], source: string): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.type !== "html") return [block];
    const raw = sourceOf(source, block);
    const open = /^\s*<h([1-6])\b[^>]*>/i.exec(raw);
    if (!open) return [block];
    const close = headingClose(raw, open[0].length, open[1]!);
    // The text of an HTML block is raw Markdown: `code` and **bold** in it are unwrapped like tags. A line
    // that opens with `.` continues a dotted name wrapped at the dot (`com.example\n.Foo`).
    const inner = raw.slice(open[0].length, close.start).replace(/<[^>]+>/g, "");
    const text = inlineText(inner.replace(/(\w)[ \t]*\n[ \t]*(?=\.\w)/g, "$1"));
    if (!text) return [block];
    const depth = Number(open[1]) as 1 | 2 | 3 | 4 | 5 | 6;
    const from = block.position!.start.offset!;
    const restAt = close.end + /^\s*/.exec(raw.slice(close.end))![0].length;
    const split = restAt < raw.length;
    const end = split ? pointAt(source, from + close.end) : block.position!.end;
    const heading: Block = {
      type: "heading",
      depth,
      children: [{ type: "text", value: text }],
      position: { start: block.position!.start, end },
    };
    if (!split) return [heading];
    const rest = raw.slice(restAt);
    const position = { start: pointAt(source, from + restAt), end: block.position!.end };
    return [heading, { type: "html", value: rest, position }];
  });
}

/** Tags that never take a closing tag. */
const VOID_TAG = /^(?:br|hr|img|input|meta|link|wbr|source|col|area|base|embed|param|track)$/i;

/**
 * Where the text of `<hN …>` opened at `from` ends: at `</hN>`, at the first closing tag that closes nothing
 * opened inside it (`</a>` typed for `</h3>`), or at the end of the block.
 */
function headingClose(raw: string, from: number, level: string): { start: number; end: number } {
  const tags = /<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>/gi;
  tags.lastIndex = from;
  const open: string[] = [];
  for (let tag = tags.exec(raw); tag; tag = tags.exec(raw)) {
    const name = tag[2]!.toLowerCase();
    const range = { start: tag.index, end: tag.index + tag[0].length };
    if (!tag[1]) {
      if (!tag[3] && !VOID_TAG.test(name)) open.push(name);
      continue;
    }
    if (name === `h${level}`) return range;
    const at = open.lastIndexOf(name);
    if (at < 0) return range;
    open.length = at;
  }
  const end = raw.trimEnd().length;
  return { start: end, end };
}

/** The line and column of an offset in `source`, as mdast counts them (from 1). */
function pointAt(source: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1;
  for (let i = source.indexOf("\n"); i >= 0 && i < offset; i = source.indexOf("\n", i + 1)) line++;
  return { line, column: offset - source.lastIndexOf("\n", offset - 1), offset };
}

/** An ATX heading, or any unindented line after a blank one (a list there becomes two lists, which reads the same). */
function startsTopLevelBlock(line: string, previous: string | undefined): boolean {
  if (/^#{1,6}(\s|$)/.test(line)) return true;
  return previous !== undefined && previous.trim() === "" && /^[^\s>]/.test(line);
}

export function sourceOf(source: string, block: { position?: Block["position"] }): string {
  return source.slice(block.position!.start.offset!, block.position!.end.offset!);
}

export function lineOf(node: { position?: Block["position"] }): number {
  return node.position?.start.line ?? 1;
}
