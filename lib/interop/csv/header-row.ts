const FRONT = ["front", "term", "question", "正面", "问题"];
const BACK = ["back", "definition", "answer", "背面", "答案"];
const TAGS = ["tags", "tag", "标签"];

/** Whether a row names the columns (front/back/tags, term/definition, question/answer, in either language). */
export function isHeaderRow(fields: string[]): boolean {
  const [front, back, tags] = fields.map((field) => field.trim().toLowerCase());
  return FRONT.includes(front ?? "") && BACK.includes(back ?? "") && (tags === undefined || TAGS.includes(tags));
}
