import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { TableHead } from "@/components/ui/table-head";
import { scopeTitle } from "@/lib/decks/scope";
import { db } from "@/server/db/client";
import { assignmentsOverview, type BehindMember } from "@/server/teams/assignments-overview";
import { pageTitle } from "@/app/page-title";
import { TeamSubpageHeader, teamPageFor } from "../team-page";

type Props = { params: Promise<{ teamId: string }> };

export const generateMetadata = pageTitle("teamInsights", "overviewTitle");

/** Names shown per assignment; the rest are counted (the CSV has them all). */
const NAMES_SHOWN = 8;

/** The lead's view of every assignment at once. Members and outsiders get the same 404. */
export default async function OverviewPage({ params }: Props) {
  const { user, teamId, team } = await teamPageFor(params, "assignments.viewResults");
  const [overview, t, format] = await Promise.all([
    assignmentsOverview(db, user.id, teamId, new Date()),
    getTranslations("teamInsights"),
    getFormatter(),
  ]);
  if (!overview.ok) notFound();
  // A table on wide screens; on a phone each row stacks into a card whose cells carry their own labels.
  const cell = "px-3 py-2 align-top max-md:block max-md:px-0 max-md:py-0.5";
  const number = `${cell} tabular-nums md:text-right`;
  const label = (text: string) => <span className="text-stone-600 md:hidden dark:text-stone-400">{text}: </span>;

  return (
    <div className="flex flex-col gap-6">
      <TeamSubpageHeader teamId={teamId} teamName={team.name} title={t("overviewTitle")}>
        <p className="text-sm text-stone-600 dark:text-stone-400">{t("overviewIntro")}</p>
      </TeamSubpageHeader>
      <Section
        id="overview-heading"
        title={t("assignmentsCount", { count: overview.assignments.length })}
        actions={
          <div className="flex flex-wrap gap-3 text-sm font-medium">
            <Link href={`/teams/${teamId}/questions`} className="text-teal-800 underline dark:text-teal-300">
              {t("questionsLink")}
            </Link>
            {overview.assignments.length > 0 && (
              <a
                href={`/teams/${teamId}/overview/overview.csv`}
                className="text-teal-800 underline dark:text-teal-300"
                download
              >
                {t("downloadCsv")}
              </a>
            )}
          </div>
        }
      >
        {overview.assignments.length === 0 ? (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("noAssignments")}</p>
        ) : (
          <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white dark:border-stone-700 dark:bg-stone-900">
            <table className="w-full text-left text-sm max-md:block md:min-w-[40rem]" data-testid="overview">
              <TableHead
                headers={[
                  t("assignment"),
                  t("due"),
                  t("assigned"),
                  t("done"),
                  t("inProgress"),
                  t("overdue"),
                  t("behind"),
                ]}
                cellClassName="px-3 py-2 font-medium whitespace-nowrap max-md:sr-only"
              />
              <tbody className="max-md:block">
                {overview.assignments.map((a) => (
                  <tr
                    key={a.id}
                    className="border-b border-stone-100 last:border-0 max-md:block max-md:px-4 max-md:py-3 dark:border-stone-800"
                    data-testid="overview-row"
                  >
                    <th scope="row" className={`${cell} font-normal`}>
                      <Link
                        href={`/teams/${teamId}/assignments/${a.id}`}
                        className="font-medium text-teal-800 underline dark:text-teal-300"
                        lang={a.deck.language}
                      >
                        {scopeTitle(a.deck.title, a.topic)}
                      </Link>
                    </th>
                    <td className={`${cell} whitespace-nowrap`}>
                      {label(t("due"))}
                      {format.dateTime(a.dueAt, { dateStyle: "medium" })}
                    </td>
                    <td className={number}>
                      {label(t("assigned"))}
                      {a.assigned}
                    </td>
                    <td className={number}>
                      {label(t("done"))}
                      {a.counts.done}
                    </td>
                    <td className={number}>
                      {label(t("inProgress"))}
                      {a.counts["in-progress"]}
                    </td>
                    <td
                      className={`${number} ${a.counts.overdue > 0 ? "font-semibold text-red-700 dark:text-red-400" : ""}`}
                    >
                      {label(t("overdue"))}
                      {a.counts.overdue}
                    </td>
                    <td className={cell} data-testid="behind">
                      {label(t("behind"))}
                      <BehindList members={a.behind} t={t} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </div>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"teamInsights">>>;

function BehindList({ members, t }: { members: BehindMember[]; t: T }) {
  if (members.length === 0) return <span className="text-stone-500 dark:text-stone-400">{t("nobodyBehind")}</span>;
  const shown = members.slice(0, NAMES_SHOWN);
  return (
    <ul className="flex flex-wrap gap-x-2 gap-y-1">
      {shown.map((m) => (
        <li key={m.userId} className="whitespace-nowrap">
          {m.name ?? m.email}{" "}
          {m.status === "overdue" && (
            <span className="ml-1 rounded bg-red-50 px-1 text-xs text-red-800 dark:bg-red-950 dark:text-red-200">
              {t("overdueMark")}
            </span>
          )}
        </li>
      ))}
      {members.length > NAMES_SHOWN && (
        <li className="text-stone-500 dark:text-stone-400">
          {t("moreBehind", { count: members.length - NAMES_SHOWN })}
        </li>
      )}
    </ul>
  );
}
