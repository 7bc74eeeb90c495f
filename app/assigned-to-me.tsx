import { getFormatter, getTranslations } from "next-intl/server";
import type { AssignmentSummary } from "@/server/teams/assignments";
import { MyAssignmentProgress } from "./teams/my-assignment-progress";
import { ListCard } from "@/components/ui/list-card";
import { Section } from "@/components/ui/section";
import { scopeTitle } from "@/lib/decks/scope";

/** The home page's list of what the learner's teams asked them to learn. */
export async function AssignedToMe({ assignments }: { assignments: AssignmentSummary[] }) {
  const [t, format] = await Promise.all([getTranslations("teams"), getFormatter()]);
  return (
    <Section id="assigned-heading" title={t("assignedToMe")} size="xl">
      <ul className="flex flex-col gap-2">
        {assignments.map((a) => (
          <ListCard key={a.id} className="gap-x-4 gap-y-2 text-sm" data-testid="my-assignment">
            <span className="flex flex-col">
              <span className="font-medium" lang={a.deck.language}>
                {scopeTitle(a.deck.title, a.topic)}
              </span>
              <span className="text-stone-600 dark:text-stone-400">
                {a.team.name} · {t("due", { date: format.dateTime(a.dueAt, { dateStyle: "medium" }) })}
              </span>
            </span>
            <MyAssignmentProgress assignment={a} />
          </ListCard>
        ))}
      </ul>
    </Section>
  );
}
