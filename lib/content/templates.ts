// The generated cards' and questions' own words, in the deck's language.

export type ContentLanguage = "zh" | "en";

export function contentLanguage(tag: string): ContentLanguage {
  return tag.toLowerCase().startsWith("zh") ? "zh" : "en";
}

export const cardTemplates = {
  zh: {
    explainTopic: (topic: string) => `请解释：${topic}`,
    enumerate: (question: string, n: number) => `${question}\n（请列举全部 ${n} 项）`,
    defineTerm: (question: string, term: string) => `${question}\n其中“${term}”指什么？`,
    listItem: (question: string, k: number, n: number) => `${question}\n（共 ${n} 项）第 ${k} 项是什么？`,
  },
  en: {
    explainTopic: (topic: string) => `Explain: ${topic}`,
    enumerate: (question: string, n: number) => `${question}\n(Name all ${n} items.)`,
    defineTerm: (question: string, term: string) => `${question}\nWhat is “${term}” here?`,
    listItem: (question: string, k: number, n: number) => `${question}\n(${n} items) What is item ${k}?`,
  },
} satisfies Record<ContentLanguage, Record<string, (...args: never[]) => string>>;

export const questionTemplates = {
  zh: {
    aboutTopic: (topic: string) => `关于“${topic}”，下列哪项说法正确？`,
    listedIn: (question: string) => `“${question}”的答案中列出了下列哪一项？`,
  },
  en: {
    aboutTopic: (topic: string) => `Which statement about “${topic}” is correct?`,
    listedIn: (question: string) => `Which of these is listed in the answer to “${question}”?`,
  },
} satisfies Record<ContentLanguage, Record<string, (...args: never[]) => string>>;
