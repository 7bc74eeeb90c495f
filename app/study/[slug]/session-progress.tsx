"use client";

import { useTranslations } from "next-intl";
import { COUNT_NAMES, type CountName, type SessionCounts } from "@/lib/study/session-counts";

// Anki's colours: new blue, learning red, review green.
export const countStyles: Record<CountName, string> = {
  new: "text-sky-700 dark:text-sky-300",
  learning: "text-red-700 dark:text-red-300",
  review: "text-teal-700 dark:text-teal-300",
};

/** How many cards were graded, and how many of each kind are left today. */
export function SessionProgress({ done, counts }: { done: number; counts: SessionCounts }) {
  const t = useTranslations("studySession");
  return (
    <>
      <span>{t("done", { done })}</span>
      <ul aria-label={t("countsLabel")} className="flex gap-3 tabular-nums">
        {COUNT_NAMES.map((name) => (
          <li key={name} className={countStyles[name]}>
            {t(`count.${name}`)} <strong className="font-semibold">{counts[name]}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}
