// A studied card's forgetting curve in the card browser: predicted recall from its last review to
// some weeks after it is due, today and the due date marked; the sentence above it says the same.
import { getFormatter, getTranslations } from "next-intl/server";
import { LineSvg } from "@/components/charts/line-svg";
import { forgettingCurve } from "@/lib/study/forgetting-curve";
import type { MemoryState, SchedulerSettings } from "@/lib/study/scheduling";

type Props = {
  card: Pick<MemoryState, "state" | "due" | "stability" | "lastReview">;
  now: Date;
  settings: SchedulerSettings;
};

export async function ForgettingCurve({ card, now, settings }: Props) {
  const curve = forgettingCurve(card, now, settings);
  if (!curve) return null;
  const [t, format] = await Promise.all([getTranslations("workload"), getFormatter()]);
  const percent = (r: number) => format.number(r, { style: "percent", maximumFractionDigits: 0 });
  const end = curve.points.at(-1)!.days;
  return (
    <details className="text-xs" data-testid="forgetting-curve">
      <summary className="cursor-pointer">
        {t("curveTitle")}:{" "}
        <span data-testid="forgetting-curve-text">
          {t("curveText", { now: percent(curve.now.recall), due: percent(curve.due.recall) })}
        </span>
      </summary>
      <LineSvg
        title={t("curveTitle")}
        points={curve.points.map((p) => ({ x: p.days, y: p.recall }))}
        xDomain={[0, end]}
        yDomain={[0, 1]}
        xTicks={[t("curveDays", { days: 0 }), t("curveDays", { days: Math.round(end) })]}
        yTicks={["0 %", "100 %"]}
        markers={[
          { x: curve.now.days, label: t("curveToday"), color: "#b45309" },
          { x: curve.due.days, label: t("curveDue"), color: "#7c3aed" },
        ]}
        width={320}
        height={130}
      />
    </details>
  );
}
