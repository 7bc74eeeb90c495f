"use client";

import { useTranslations } from "next-intl";
import { studyFeasibility, type LearnerLimit } from "@/lib/teams/feasibility";

const MAX_NAMES = 5;

/**
 * What to say beside the due date when some learners cannot see every card by then at their own
 * daily limit of new cards; null when all can. Saving stays allowed.
 */
export function useFeasibilityWarning(input: {
  cards: number;
  today: string;
  dueDate: string;
  learners: LearnerLimit[];
}): string | null {
  const t = useTranslations("teamOnboarding");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate)) return null;
  const { days, tooSlow } = studyFeasibility(input);
  // A date that has passed is refused on saving, with its own message.
  if (days === 0 || tooSlow.length === 0) return null;
  const names = tooSlow
    .slice(0, MAX_NAMES)
    .map((l) => t("perDay", { name: l.label, left: l.left, needed: l.neededPerDay, limit: l.newPerDay }));
  return t("tooFast", {
    count: tooSlow.length,
    cards: input.cards,
    days,
    names: [...names, ...(tooSlow.length > MAX_NAMES ? ["…"] : [])].join("; "),
  });
}

export function FeasibilityWarning({ message }: { message: string }) {
  return (
    <span className="block text-sm text-amber-900 dark:text-amber-200" data-testid="feasibility-warning">
      ⚠ {message}
    </span>
  );
}
