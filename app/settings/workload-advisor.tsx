"use client";

// "Help me decide": reviews, minutes and cards remembered a day against desired retention, read
// off a grid the server simulated on the learner's own cards. Moving the slider sets the form's
// desired retention, so the figures follow whatever the learner types or slides.
import { useFormatter, useTranslations } from "next-intl";
import { use, useState } from "react";
import { LineSvg } from "@/components/charts/line-svg";
import {
  HORIZONS,
  interpolate,
  type Horizon,
  type WorkloadPoint,
  type WorkloadSummary,
} from "@/lib/study/workload-grid";

type Props = {
  /** Null when it could not be worked out (the session ended): no advice is shown. */
  workload: Promise<{
    grid: WorkloadPoint[];
    cards: number;
    costs: { reviewSeconds: number; newCardSeconds: number };
  } | null>;
  /** The desired retention in the form now, as typed. */
  retention: string;
  onRetention: (value: string) => void;
};

const METRICS = ["reviewsPerDay", "minutesPerDay", "memorized"] as const;

export function WorkloadAdvisor({ workload, retention, onRetention }: Props) {
  const advice = use(workload);
  const t = useTranslations("workload");
  const format = useFormatter();
  const [horizon, setHorizon] = useState<Horizon>(90);
  if (!advice || advice.grid.length === 0) return null;
  const { grid, cards, costs } = advice;
  const low = grid[0]!.retention;
  const high = grid.at(-1)!.retention;
  const value = Number(retention);
  const shown = Number.isFinite(value) && value > 0 ? Math.min(high, Math.max(low, value)) : null;
  const at = shown === null ? null : interpolate(grid, horizon, shown);
  const percent = (r: number) => format.number(r, { style: "percent", maximumFractionDigits: 0 });
  const whole = (n: number) => format.number(n, { maximumFractionDigits: 0 });
  const figure = (s: WorkloadSummary, key: (typeof METRICS)[number]) =>
    key === "minutesPerDay" ? format.number(s[key], { maximumFractionDigits: 1 }) : whole(s[key]);

  return (
    <section
      aria-labelledby="workload-heading"
      className="flex flex-col gap-3 border-t border-stone-200 pt-4 dark:border-stone-700"
      data-testid="workload-advisor"
    >
      <h2 id="workload-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {t("intro", { cards, review: whole(costs.reviewSeconds), newCard: whole(costs.newCardSeconds) })}
      </p>
      <fieldset className="flex flex-wrap items-center gap-3 text-sm">
        <legend className="sr-only">{t("horizon")}</legend>
        <span aria-hidden="true">{t("horizon")}</span>
        {HORIZONS.map((h) => (
          <label key={h} className="flex items-center gap-1">
            <input
              type="radio"
              name="workloadHorizon"
              value={h}
              checked={horizon === h}
              onChange={() => setHorizon(h)}
            />
            {t("days", { days: h })}
          </label>
        ))}
      </fieldset>
      <label className="flex flex-col gap-1 text-sm">
        {t("slider")}
        <input
          type="range"
          min={low}
          max={high}
          step={0.01}
          value={shown ?? low}
          onChange={(e) => onRetention(Number(e.target.value).toFixed(2))}
          aria-valuetext={shown === null ? undefined : percent(shown)}
          className="max-w-md accent-teal-700"
          data-testid="retention-slider"
        />
      </label>
      <p aria-live="polite" className="font-medium" data-testid="workload-figures">
        {at
          ? t("figures", {
              retention: percent(shown!),
              reviews: whole(at.reviewsPerDay),
              minutes: format.number(at.minutesPerDay, { maximumFractionDigits: 1 }),
              days: horizon,
              memorized: whole(at.memorized),
              cards: whole(cards),
            })
          : t("noFigures")}
      </p>
      {/* One chart a row: the settings card is too narrow for three legible side by side. */}
      <div className="grid gap-3">
        {METRICS.map((key) => {
          const ys = grid.map((p) => p[horizon][key]);
          return (
            <LineSvg
              key={key}
              title={t(key)}
              testId={`workload-chart-${key}`}
              points={grid.map((p) => ({ x: p.retention, y: p[horizon][key] }))}
              xDomain={[low, high]}
              yDomain={[0, Math.max(1, ...ys)]}
              xTicks={[percent(low), percent(high)]}
              yTicks={["0", whole(Math.max(1, ...ys))]}
              markers={shown === null ? [] : [{ x: shown, label: percent(shown), color: "#b45309" }]}
              height={90}
            />
          );
        })}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer">{t("table")}</summary>
        <table className="mt-2 w-full text-left text-xs" data-testid="workload-table">
          <caption className="sr-only">{t("tableCaption", { days: horizon })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("retention")}</th>
              {METRICS.map((key) => (
                <th key={key} scope="col">
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((p) => (
              <tr key={p.retention}>
                <th scope="row">{percent(p.retention)}</th>
                {METRICS.map((key) => (
                  <td key={key}>{figure(p[horizon], key)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
