"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TableHead } from "@/components/ui/table-head";
import type { ParametersStatus } from "@/server/study/fsrs-parameters";
import { optimizeFsrsParameters, type OptimizeResult } from "./fsrs-actions";

type Outcome = Extract<OptimizeResult, { ok: true }>["outcome"];

/** Settings → Scheduling parameters: which FSRS parameters are in use, Optimize, and how well each set predicts the learner's history. */
export function FsrsParametersSection({ status, refitEvery }: { status: ParametersStatus; refitEvery: number }) {
  const t = useTranslations("fsrs");
  const format = useFormatter();
  const [state, action, pending] = useActionState<OptimizeResult | null, FormData>(optimizeFsrsParameters, null);
  const outcome = state?.ok ? state.outcome : null;
  const { fit } = status;
  const tooFew = outcome && !outcome.ok && outcome.reason === "too-few" ? outcome : status.tooFew;
  const number = (n: number) => format.number(n, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  const cell = "px-3 py-2";

  return (
    <section aria-labelledby="fsrs-heading" className="flex flex-col gap-3" data-testid="fsrs-parameters">
      <h2 id="fsrs-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">{t("intro")}</p>
      <p className="text-sm" data-testid="fsrs-status">
        {fit
          ? t("fittedOn", {
              items: fit.itemCount,
              reviews: fit.reviewCount,
              date: format.dateTime(fit.fittedAt, { dateStyle: "medium", timeStyle: "short" }),
            })
          : t("usingDefaults")}{" "}
        {(!fit || status.reviews !== fit.reviewCount) && t("reviews", { count: status.reviews })}
      </p>
      {tooFew && (
        <p className="text-sm text-amber-800 dark:text-amber-300" data-testid="fsrs-too-few">
          {t("tooFew", tooFew)}
        </p>
      )}
      <form action={action}>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("optimizing") : t("optimize")}
        </Button>
      </form>
      <p role="status" aria-live="polite" className="text-sm text-teal-800 dark:text-teal-300">
        {outcome && !pending ? outcomeMessage(outcome, t) : status.running && !pending ? t("running") : ""}
      </p>
      {fit && (
        <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white dark:border-stone-700 dark:bg-stone-900">
          <table className="w-full text-left text-sm tabular-nums" data-testid="fsrs-metrics">
            <caption className="px-3 py-2 text-left text-stone-600 dark:text-stone-400">{t("caption")}</caption>
            <TableHead
              headers={[t("parameters"), t("logLoss"), t("rmseBins"), t("status")]}
              cellClassName={`${cell} font-medium`}
            />
            <tbody>
              {(["defaults", "fitted"] as const).map((which) => (
                <tr key={which} className="border-b border-stone-100 last:border-0 dark:border-stone-800">
                  <th scope="row" className={`${cell} font-normal`}>
                    {t(which)}
                  </th>
                  <td className={cell} data-testid={`log-loss-${which}`}>
                    {number(fit[which].logLoss)}
                  </td>
                  <td className={cell} data-testid={`rmse-${which}`}>
                    {number(fit[which].rmseBins)}
                  </td>
                  <td className={cell}>{fit.inUse === which ? t("inUse") : t("notInUse")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {fit && <p className="text-sm">{fit.inUse === "fitted" ? t("whyFitted") : t("whyDefaults")}</p>}
      <p className="text-sm text-stone-600 dark:text-stone-400">{t("automatic", { every: refitEvery })}</p>
    </section>
  );
}

function outcomeMessage(outcome: Outcome, t: ReturnType<typeof useTranslations<"fsrs">>): string {
  if (outcome.ok) return outcome.inUse === "fitted" ? t("doneFitted") : t("doneDefaults");
  if (outcome.reason === "running") return t("running");
  if (outcome.reason === "failed") return t("failed");
  return "";
}
