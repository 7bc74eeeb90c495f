/** An entry's topic as one tag: tags are separated by spaces (as Anki writes them), so spaces become "_". */
export function topicTag(topic: string | null): string[] {
  const tag = topic?.trim().replace(/[\s,，]+/g, "_");
  return tag ? [tag] : [];
}
