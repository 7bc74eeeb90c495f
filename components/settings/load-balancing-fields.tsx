"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";

// Monday first; 0 = Sunday as Date.getUTCDay(). 2026-01-04 was a Sunday.
const WEEK = [1, 2, 3, 4, 5, 6, 0];
const weekdayName = (locale: string, day: number) =>
  new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, 0, 4 + day)));

/** The settings form's load balancing switch and easy weekdays, each with its hint. */
export function LoadBalancingFields({ loadBalancing, easyDays }: { loadBalancing: boolean; easyDays: number[] }) {
  const t = useTranslations("loadBalancing");
  const locale = useLocale();
  const id = useId();
  return (
    <>
      <div className="flex flex-col gap-1.5">
        <label className="flex items-center gap-2 text-sm font-medium text-stone-800 dark:text-stone-200">
          <input
            type="checkbox"
            name="loadBalancing"
            defaultChecked={loadBalancing}
            aria-describedby={`${id}-balance-hint`}
          />
          {t("loadBalancing")}
        </label>
        <p id={`${id}-balance-hint`} className="text-xs text-stone-500 dark:text-stone-400">
          {t("loadBalancingHint")}
        </p>
      </div>
      <fieldset className="flex flex-col gap-1.5" aria-describedby={`${id}-easy-hint`} data-testid="easy-days">
        <legend className="mb-1 text-sm font-medium text-stone-800 dark:text-stone-200">{t("easyDays")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {WEEK.map((day) => (
            <label key={day} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="easyDays" value={day} defaultChecked={easyDays.includes(day)} />
              {weekdayName(locale, day)}
            </label>
          ))}
        </div>
        <p id={`${id}-easy-hint`} className="text-xs text-stone-500 dark:text-stone-400">
          {t("easyDaysHint")}
        </p>
      </fieldset>
    </>
  );
}
