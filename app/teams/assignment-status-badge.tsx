import { getTranslations } from "next-intl/server";
import type { AssignmentStatus } from "@/lib/teams/completion";

const styles: Record<AssignmentStatus, string> = {
  done: "bg-teal-100 text-teal-900 dark:bg-teal-900 dark:text-teal-50",
  "in-progress": "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-50",
  overdue: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-50",
};

export async function AssignmentStatusBadge({ status, testId }: { status: AssignmentStatus; testId?: string }) {
  const t = await getTranslations("teams");
  return (
    <span
      className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${styles[status]}`}
      data-testid={testId}
    >
      {t(`statuses.${status}`)}
    </span>
  );
}
