import { useTranslations } from "next-intl";

type Counts = { new: number; learning: number; due: number };

const TONES = {
  new: "text-sky-800 dark:text-sky-300",
  learning: "text-amber-800 dark:text-amber-300",
  due: "text-teal-800 dark:text-teal-300",
} as const;

/** A deck's New / Learning / Due for today, as Anki's deck list shows them (each labelled, not only coloured). */
export function TodayCounts({ counts }: { counts: Counts }) {
  const t = useTranslations("dailyUse.today");
  return (
    <dl className="flex gap-4 text-sm" aria-label={t("label")} data-testid="today-counts">
      {(["new", "learning", "due"] as const).map((key) => (
        <div key={key} className="flex items-baseline gap-1.5" data-testid={`today-${key}`}>
          <dt className="text-stone-600 dark:text-stone-400">{t(key)}</dt>
          <dd
            className={`font-semibold tabular-nums ${counts[key] > 0 ? TONES[key] : "text-stone-500 dark:text-stone-400"}`}
          >
            {counts[key]}
          </dd>
        </div>
      ))}
    </dl>
  );
}
