"use client";

// Beside the assignment form: each member's expected minutes a day until the due date, asked of the
// server again (after a short pause) whenever the deck, topic, date, recall or people change.
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { WorkloadPreview as Preview } from "@/server/teams/workload-preview";
import { previewWorkloadAction } from "./workload-actions";

const PAUSE_MS = 300;

type Props = {
  teamId: string;
  deck: string;
  topic: string;
  dueDate: string;
  /** Whole percent typed in the form ("85"), or null when the study rule is off. */
  minRecall: string | null;
  members: string[];
};

export function WorkloadPreview({ teamId, deck, topic, dueDate, minRecall, members }: Props) {
  const t = useTranslations("workload");
  const format = useFormatter();
  const [preview, setPreview] = useState<{ key: string; result: Preview } | null>(null);
  const recall = minRecall === null ? null : Number(minRecall) / 100;
  const usable = /^\d{4}-\d{2}-\d{2}$/.test(dueDate) && (recall === null || (recall >= 0.5 && recall <= 0.99));
  const request = { teamId, deck, topic, dueDate, minRecall: recall, members };
  const key = JSON.stringify(request);

  useEffect(() => {
    if (!usable || !deck) return;
    let current = true;
    const timer = setTimeout(async () => {
      const result = await previewWorkloadAction(JSON.parse(key));
      if (current) setPreview({ key, result });
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, usable, deck]);

  if (!usable) return null;
  const result = preview?.result;
  const stale = preview?.key !== key;
  const minutes = (n: number) => format.number(n, { maximumFractionDigits: n < 10 ? 1 : 0 });
  let body;
  if (!result) body = <p>{t("previewLoading")}</p>;
  else if (!result.ok) body = null;
  else if (result.days === 0) body = <p>{t("previewPast")}</p>;
  else if (result.members.length === 0) body = <p>{t("previewNone")}</p>;
  else {
    const each = result.members.map((m) => m.minutesPerDay);
    const mean = each.reduce((a, b) => a + b, 0) / each.length;
    body = (
      <>
        <p className="font-medium" data-testid="workload-preview-summary">
          {t("previewSummary", {
            minutes: minutes(mean),
            min: minutes(Math.min(...each)),
            max: minutes(Math.max(...each)),
          })}
        </p>
        <details>
          <summary className="cursor-pointer">{t("previewMembers")}</summary>
          <ul className="mt-1 flex flex-col gap-0.5" data-testid="workload-preview-members">
            {result.members.map((m) => (
              <li key={m.userId}>
                {t("previewMember", {
                  name: m.label,
                  minutes: minutes(m.minutesPerDay),
                  reviews: format.number(m.reviewsPerDay * result.days, { maximumFractionDigits: 0 }),
                  newCards: m.newCards,
                  days: result.days,
                  retention: format.number(m.retention, { style: "percent", maximumFractionDigits: 0 }),
                })}
              </li>
            ))}
          </ul>
        </details>
      </>
    );
  }
  if (body === null) return null;
  return (
    <section
      aria-labelledby="workload-preview-heading"
      aria-busy={stale}
      className="flex flex-col gap-1 rounded-lg bg-stone-50 p-3 text-sm dark:bg-stone-800/50"
      data-testid="workload-preview"
    >
      <h3 id="workload-preview-heading" className="font-medium">
        {t("previewTitle")}
      </h3>
      <div aria-live="polite">{body}</div>
    </section>
  );
}
