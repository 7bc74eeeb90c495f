import { useTranslations } from "next-intl";
import type { ImportPreview as Preview } from "@/lib/interop/import-preview";
import type { ImportWarning } from "@/lib/interop/imported-deck";

/** What importing a file would do: its counts, its first cards, and every row left out with its line. */
export function ImportPreview({ preview }: { preview: Preview }) {
  const t = useTranslations("deckImport");
  return (
    <section aria-labelledby="import-preview-heading" className="flex flex-col gap-3" data-testid="import-preview">
      <div className="flex flex-col gap-1">
        <h2 id="import-preview-heading" className="text-lg font-semibold">
          {t("previewHeading", { title: preview.title })}
        </h2>
        <p className="text-sm text-stone-600 dark:text-stone-400" data-testid="import-counts">
          {t("counts", { cards: preview.cardCount, questions: preview.questionCount, file: preview.fileName })}
        </p>
        {preview.historyCount > 0 && <p className="text-sm">{t("history", { count: preview.historyCount })}</p>}
        <p className="text-sm">{preview.existing ? t("updates") : t("creates")}</p>
      </div>
      <ImportProblems warnings={preview.warnings} />
      <h3 className="text-sm font-medium">{t("firstCards", { count: preview.cards.length })}</h3>
      <ul className="flex flex-col divide-y divide-stone-200 rounded-lg border border-stone-200 dark:divide-stone-700 dark:border-stone-700">
        {preview.cards.map((card, i) => (
          <li
            key={i}
            className="grid gap-1 px-3 py-2 text-sm sm:grid-cols-[6rem_1fr_1fr] sm:gap-3"
            data-testid="import-card"
          >
            <span className="text-xs text-stone-500 dark:text-stone-400">
              <span className="font-medium uppercase tracking-wide text-teal-800 dark:text-teal-300">
                {t("kind", { kind: card.kind })}
              </span>{" "}
              {originText(card.origin, t)}
            </span>
            <div className="whitespace-pre-line break-words">
              <span className="sr-only">{t("front")}: </span>
              {card.front}
            </div>
            <div className="whitespace-pre-line break-words text-stone-600 dark:text-stone-400">
              <span className="sr-only">{t("back")}: </span>
              {card.back}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ImportProblems({ warnings }: { warnings: ImportWarning[] }) {
  const t = useTranslations("deckImport");
  if (warnings.length === 0) return <p className="text-sm text-stone-600 dark:text-stone-400">{t("noProblems")}</p>;
  return (
    <div className="flex flex-col gap-1">
      <h3 className="text-sm font-medium">{t("problems", { count: warnings.length })}</h3>
      <p className="text-sm text-stone-600 dark:text-stone-400">{t("problemsExplained")}</p>
      <ul
        className="flex flex-col gap-1 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-50"
        data-testid="import-problems"
      >
        {warnings.map((w, i) => (
          <li key={i}>
            <span className="font-medium">
              {w.line ? t("atLine", { file: w.file, line: w.line }) : t("inFile", { file: w.file })}
            </span>{" "}
            <span lang="en">{w.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A reader's "line 12" in the page's language; other origins ("note 1700000000000") as they are. */
function originText(origin: string, t: (key: "line", values: { line: number }) => string): string {
  const line = /^line (\d+)$/.exec(origin);
  return line ? t("line", { line: Number(line[1]) }) : origin;
}
