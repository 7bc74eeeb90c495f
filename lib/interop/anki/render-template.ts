// Anki's card templates: `{{Field}}`, filters such as `{{cloze:Text}}`, `{{type:Back}}`,
// `{{hint:Extra}}` and `{{text:Field}}`, sections `{{#Field}}…{{/Field}}` (shown when the field has
// content) and `{{^Field}}…{{/Field}}` (when it has none), and `{{FrontSide}}` on the answer side.
import { clozeQuestion, clozeRevealed } from "./cloze";

type Node =
  | { type: "text"; text: string }
  | { type: "field"; name: string; filters: string[] }
  | { type: "section"; name: string; inverted: boolean; children: Node[] };

export type TemplateContext = {
  /** Field contents (HTML) by name, plus the special fields (Tags, Deck, Type, Card). */
  fields: Record<string, string>;
  side: "question" | "answer";
  /** The card's cloze number on a cloze note type. */
  cloze?: number;
  /** What `{{FrontSide}}` stands for on the answer side. */
  frontSide?: string;
};

export function renderTemplate(template: string, context: TemplateContext): string {
  return renderNodes(parseTemplate(template), context);
}

function parseTemplate(template: string): Node[] {
  const root: Node[] = [];
  const stack: { name: string; children: Node[] }[] = [{ name: "", children: root }];
  const parts = template.split(/\{\{([\s\S]*?)\}\}/);
  parts.forEach((part, index) => {
    const children = stack.at(-1)!.children;
    if (index % 2 === 0) {
      if (part) children.push({ type: "text", text: part });
      return;
    }
    const tag = part.trim();
    if (tag.startsWith("#") || tag.startsWith("^")) {
      const section: Node = { type: "section", name: tag.slice(1).trim(), inverted: tag[0] === "^", children: [] };
      children.push(section);
      stack.push({ name: section.name, children: section.children });
    } else if (tag.startsWith("/")) {
      // A closing tag that matches no open section is ignored, as is one left open at the end.
      const open = stack.findLastIndex((entry, at) => at > 0 && entry.name === tag.slice(1).trim());
      if (open > 0) stack.length = open;
    } else if (tag) {
      const segments = tag.split(":");
      children.push({
        type: "field",
        name: segments.at(-1)!.trim(),
        filters: segments.slice(0, -1).map((f) => f.trim()),
      });
    }
  });
  return root;
}

function renderNodes(nodes: Node[], context: TemplateContext): string {
  return nodes
    .map((node) => {
      if (node.type === "text") return node.text;
      if (node.type === "section")
        return hasContent(fieldValue(node.name, context)) !== node.inverted ? renderNodes(node.children, context) : "";
      if (node.name === "FrontSide" && node.filters.length === 0) return context.frontSide ?? "";
      return applyFilters(fieldValue(node.name, context), node.filters, context);
    })
    .join("");
}

function fieldValue(name: string, { fields }: TemplateContext): string {
  if (name in fields) return fields[name]!;
  const lower = name.toLowerCase();
  const key = Object.keys(fields).find((field) => field.toLowerCase() === lower);
  return key === undefined ? "" : fields[key]!;
}

function applyFilters(value: string, filters: string[], context: TemplateContext): string {
  // Filters apply from the innermost (nearest the field name) outwards.
  return filters.reduceRight((text, filter) => {
    const name = filter.split(/\s/)[0]!.toLowerCase();
    if (name === "cloze" || name === "cloze-only")
      return context.side === "question" && context.cloze !== undefined
        ? clozeQuestion(text, context.cloze)
        : clozeRevealed(text);
    // A typing box on the question; the expected answer on the answer side.
    if (name === "type") return context.side === "answer" ? clozeRevealed(text) : "";
    if (name === "furigana" || name === "kanji") return text.replace(/ ?([^ >]+?)\[(.+?)\]/g, "$1");
    if (name === "kana") return text.replace(/ ?([^ >]+?)\[(.+?)\]/g, "$2");
    // text:, hint: and filters this app does not know (tts, add-ons' own) show the field's text.
    return text;
  }, value);
}

function hasContent(html: string): boolean {
  return /<img\b/i.test(html) || html.replace(/<[^>]*>|&nbsp;/gi, "").trim() !== "";
}
