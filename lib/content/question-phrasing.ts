// Decides whether a heading reads as a question. Headings that do not become "topic" entries.
import { CJK } from "./markdown-text";

const QUESTION_PREFIX = /^(?:Q\d*|问)\s*[:：]\s*/i;
// `没怎么用过`, `不怎么样`: after a negation 怎么 means "hardly", not "how".
const CHINESE_QUESTION_WORDS =
  /(吗|呢|还是|什么|为什么|为何|如何|(?<![没不])怎么|怎样|哪些|哪个|哪里|哪种|是否|能否|可否|能不能|可不可以|有没有|是不是|会不会|要不要|多少|几种|何时|区别|有何|干嘛|么\s*$)/;
const ENGLISH_QUESTION_START =
  /^(how|what|why|when|where|which|who|whom|whose|is|are|am|do|does|did|can|could|should|would|will|shall|may|might|must|has|have|had)\b/i;

function hasQuestionPrefix(text: string): boolean {
  return QUESTION_PREFIX.test(text.trim());
}

export function isPhrasedAsQuestion(text: string): boolean {
  const t = text.trim();
  return (
    hasQuestionPrefix(t) || /[?？]\s*$/.test(t) || CHINESE_QUESTION_WORDS.test(t) || ENGLISH_QUESTION_START.test(t)
  );
}

// "Serial device is not detected in bootloader mode", "I just flashed my keyboard and it does nothing", "编译时报错":
// a symptom told as a statement, which an FAQ answers as it would a question.
const ENGLISH_SYMPTOM =
  /\b(?:isn't|aren't|wasn't|doesn't|don't|didn't|won't|can't|cannot|couldn't|(?:is|are|was|were|does|do|did) not|fails?|failed|failing|crash(?:es|ed)?|hangs?|does nothing|not (?:detected|found|working|recognized|showing|loading|responding))\b/i;
const CHINESE_SYMPTOM = /无法|不能|失败|报错|出错|不生效|没有反应|没反应|不显示|不工作|找不到|打不开|崩溃|卡住/;

export function readsAsProblem(text: string): boolean {
  const t = text.trim();
  if (CJK.test(t)) return t.length >= 6 && CHINESE_SYMPTOM.test(t);
  return t.split(/\s+/).length >= 5 && ENGLISH_SYMPTOM.test(t);
}
