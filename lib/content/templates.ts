// The generated cards' and questions' own words, in the deck's language.

export type ContentLanguage = "zh" | "en";

export function contentLanguage(tag: string): ContentLanguage {
  return tag.toLowerCase().startsWith("zh") ? "zh" : "en";
}

export const cardTemplates = {
  zh: {
    explainTopic: (topic: string, about = "") => `请解释${about && `（${about}）`}：${topic}`,
    askIfPossible: (topic: string, about = "") =>
      `能否${about && `（${about}）`}：${topic.replace(/[。.!！]+$/, "")}？`,
    fixProblem: (problem: string, about = "") =>
      `遇到这个问题怎么办${about && `（${about}）`}：${problem.replace(/[。.!！]+$/, "")}`,
    enumerate: (question: string, n: number) => `${question}\n（请列举全部 ${n} 项）`,
    defineTerm: (question: string, term: string) => `${question}\n其中“${term}”指什么？`,
    listItem: (question: string, k: number, n: number) => `${question}\n（共 ${n} 项）第 ${k} 项是什么？`,
  },
  en: {
    explainTopic: (topic: string, about = "") => `Explain${about && ` (${about})`}: ${topic}`,
    askIfPossible: (topic: string, about = "") =>
      `Is this possible${about && ` (${about})`}: ${topic.replace(/[.。!！?？]+$/, "")}?`,
    fixProblem: (problem: string, about = "") =>
      `What do you do about this${about && ` (${about})`}: ${problem.replace(/[.。!！?？]+$/, "")}?`,
    enumerate: (question: string, n: number) => `${question}\n(Name all ${n} items.)`,
    defineTerm: (question: string, term: string) => `${question}\nWhat is “${term}” here?`,
    listItem: (question: string, k: number, n: number) => `${question}\n(${n} items) What is item ${k}?`,
  },
} satisfies Record<ContentLanguage, Record<string, (...args: never[]) => string>>;

export const questionTemplates = {
  zh: {
    whatIs: (term: string) => `“${term}”是什么？`,
    whatIsIn: (question: string, term: string) => `在“${question}”的答案中，“${term}”指的是什么？`,
    fixIn: (question: string, problem: string) => `在“${question}”的答案中，遇到“${problem}”时应该怎么做？`,
    whichTerm: (definition: string) => `下列哪一项是“${definition}”？`,
    oneOf: (question: string, n: number) => `“${question}”的答案列出了 ${n} 项，下列哪一项是其中之一？`,
    belongsTo: (excerpt: string) => `下面这段话回答的是哪个问题？「${excerpt}」`,
    /** Stands for the term a passage defines, in a passage that opens on it. */
    blank: () => "＿＿",
  },
  en: {
    whatIs: (term: string) => `What is ${term}?`,
    whatIsIn: (question: string, term: string) => `In the answer to “${question}”, what is “${term}”?`,
    fixIn: (question: string, problem: string) => `In the answer to “${question}”, what do you do about “${problem}”?`,
    whichTerm: (definition: string) =>
      `Which of these is ${definition.replace(/^(an?|the)\s+/i, (a) => a.toLowerCase())}?`,
    oneOf: (question: string, n: number) =>
      `The answer to “${question}” lists ${n} items. Which of these is one of them?`,
    belongsTo: (excerpt: string) => `Which question does this passage answer? “${excerpt}”`,
    blank: () => "___",
  },
} satisfies Record<ContentLanguage, Record<string, (...args: never[]) => string>>;
