// npm run bench:content — compiles 10 000 generated entries and reports the time per phase.
// A benchmark, not a test: results are written down in docs/benchmarks.md.
import { compileDeck } from "../../lib/content/compile-deck";
import { CARD_KINDS } from "../../lib/content/generate-cards";
import { syntheticFaq } from "./synthetic-faq";

const entries = Number(process.argv[2] ?? 10_000);
const text = syntheticFaq(entries);
const manifest = { path: "bench/deck.yaml", bytes: Buffer.from("title: Bench\nlanguage: zh-CN\n") };
const started = performance.now();
const deck = compileDeck({ slug: "bench", manifest, faqs: [{ path: "bench/faq.md", bytes: Buffer.from(text) }] });
const seconds = (performance.now() - started) / 1000;
const byKind = CARD_KINDS.map((kind) => `${kind} ${deck.cards.filter((c) => c.kind === kind).length}`).join(", ");
console.log(
  `compiled ${deck.entries.length} entries (${(text.length / 1e6).toFixed(1)} M characters) in ${seconds.toFixed(2)} s`,
);
console.log(
  `${deck.cards.length} cards (${byKind}), ${deck.questions.length} questions, ${deck.warnings.length} warnings`,
);
