// Touches on a card's back after its point is chosen, each keeping the back to what the front asks.
import { sentences, visualLength } from "./markdown-text";

const LIST_LINE = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S/;

/**
 * An answer that is only a short list ("- Open source\n- Supports iOS…") is its own back, its items
 * on their lines: run together into one line they read as a single garbled sentence.
 */
export function wholeListBack(answer: string, max: number): string | null {
  const lines = answer.trim().split("\n");
  const items = lines.filter((line) => LIST_LINE.test(line));
  if (items.length < 2 || !lines.every((line) => LIST_LINE.test(line) || /^[ \t]+\S/.test(line))) return null;
  // A link's words stay; where it leads is no part of what to recall.
  const back = answer.trim().replace(/(?<!!)\[([^\]]+)\]\([^)]*\)/g, "$1");
  return visualLength(back) <= max ? back : null;
}

// "**A**：1. …", "A：", "答：" opening a paragraph: the answer's own prefix, no part of what to recall.
const ANSWER_LABEL = /^[ \t]*(?:\*\*(?:A\d*|答)\*\*\s*[:：.]|(?:A\d*|答|回答)\s*[:：])[ \t]*/gm;

export function withoutAnswerLabels(back: string): string {
  return back.replace(ANSWER_LABEL, "");
}

/**
 * The back of a card asking for one step or one term's meaning is the item's first sentence
 * ("eBPF程序开始运行。"); what follows only explains it, and the full answer stays folded below.
 */
export function firstSentenceOnly(text: string): string {
  const parts = sentences(text);
  if (parts.length < 2 || /\n/.test(text.trim())) return text;
  const first = parts[0]!;
  // "Yes.", "注意：" or a question back to the reader is no step or meaning on its own, and
  // "…1170 条目；三层 B+ 树…" goes on with the same point: only a full stop ends it.
  if (visualLength(first) < 8 || !/[。.!！]$/.test(first)) return text;
  return first;
}
