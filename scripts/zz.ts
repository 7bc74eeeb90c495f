import { readFileSync } from "node:fs";
import { parseFaq } from "../lib/content/parse-faq";
import { questionsForDeck } from "../lib/content/generate-questions";
import { questionProblems, longestIsCorrectShare } from "../lib/content/question-rules";
const r = parseFaq(readFileSync("content/ebpf/ebpf-faq.md"), "x");
const t = performance.now();
const qs = questionsForDeck(r.entries.map((e) => ({ ...e, id: "e" + e.line })), "zh");
console.log("ms", performance.now() - t, "questions", qs.length, "entries with q", new Set(qs.map(q=>q.entryId)).size);
for (const q of qs) { console.log("\nQ:", q.stem, questionProblems(q)); q.options.forEach((o, i) => console.log(i === q.answer ? " *" : "  ", o)); }
console.log("longest share", longestIsCorrectShare(qs));
