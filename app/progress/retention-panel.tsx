import { getTranslations } from "next-intl/server";
import type { ProgressDashboard } from "@/lib/progress/dashboard";
import { percent } from "./percent";

/** True retention over the last 7 and 30 days, each as a bar against the desired retention. */
export async function RetentionPanel({ retention }: { retention: ProgressDashboard["retention"] }) {
  const t = await getTranslations("progress");
  return (
    <section
      aria-labelledby="retention-heading"
      className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-700 dark:bg-stone-900"
      data-testid="retention"
    >
      <h2 id="retention-heading" className="font-semibold">
        {t("retentionTitle")}
      </h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">{t("retentionHint")}</p>
      <dl className="flex flex-col gap-3">
        {(
          [
            ["last7", retention.last7],
            ["last30", retention.last30],
          ] as const
        ).map(([key, r]) => (
          <div
            key={key}
            className="grid grid-cols-[1fr_auto] items-baseline gap-x-2 gap-y-1 text-sm"
            data-testid={`retention-${key}`}
          >
            <dt>{t(key)}</dt>
            <dd>
              <span className="text-lg font-semibold tabular-nums">{percent(r.rate)}</span>{" "}
              <span className="text-stone-600 dark:text-stone-400">
                {t("retentionCounts", { passed: r.passed, reviews: r.reviews })}
              </span>
            </dd>
            <dd className="relative col-span-2 h-2 rounded-full bg-stone-200 dark:bg-stone-700" aria-hidden>
              <div className="h-2 rounded-full bg-teal-700" style={{ width: percent(r.rate ?? 0) }} />
              <div
                className="absolute -top-1 h-4 w-0.5 bg-stone-900 dark:bg-stone-100"
                style={{ left: percent(retention.desired) }}
              />
            </dd>
          </div>
        ))}
        <div className="grid grid-cols-[1fr_auto] text-sm text-stone-600 dark:text-stone-400">
          <dt>{t("desired")}</dt>
          <dd className="tabular-nums" data-testid="retention-desired">
            {percent(retention.desired)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
