"use client";

import { useTranslations } from "next-intl";
import { studyFeasibility, type LearnerLimit } from "@/lib/teams/feasibility";

const MAX_NAMES = 5;

/** Beside the due date: who cannot see every card by then at their own daily limit of new cards. Saving stays allowed. */
export function FeasibilityWarning(props: { cards: number; today: string; dueDate: string; learners: LearnerLimit[] }) {
  const t = useTranslations("teamOnboarding");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(props.dueDate)) return null;
  const { days, neededPerDay, tooSlow } = studyFeasibility(props);
  // A date that has passed is refused on saving, with its own message.
  if (days === 0 || tooSlow.length === 0) return null;
  return (
    <span className="block text-sm text-amber-900 dark:text-amber-200" data-testid="feasibility-warning">
      ⚠{" "}
      {t("tooFast", {
        count: tooSlow.length,
        cards: props.cards,
        names: tooSlow
          .slice(0, MAX_NAMES)
          .map((l) => t("perDay", { name: l.label, limit: l.newPerDay }))
          .concat(tooSlow.length > MAX_NAMES ? ["…"] : [])
          .join(", "),
        needed: neededPerDay,
        days,
      })}
    </span>
  );
}
