import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { assignmentReport } from "@/server/teams/assignments";
import { AssignmentStatusBadge } from "../../../assignment-status-badge";
import { TeamSubpageHeader } from "../../team-page";
import { Section } from "@/components/ui/section";
import { scopeTitle } from "@/lib/decks/scope";
import { pageTitle } from "@/app/page-title";

type Props = { params: Promise<{ teamId: string; assignmentId: string }> };

export const generateMetadata = pageTitle("teams", "resultsTitle");

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** The lead's view of one assignment. Members and outsiders get the same 404. */
export default async function AssignmentResultsPage({ params }: Props) {
  const user = await requireUser();
  const { teamId, assignmentId } = await params;
  const result = await assignmentReport(db, user.id, assignmentId, new Date());
  if (!result.ok || result.report.assignment.teamId !== teamId) notFound();
  const { assignment, members, questions } = result.report;
  const [t, format] = await Promise.all([getTranslations("teams"), getFormatter()]);
  const base = `/teams/${teamId}/assignments/${assignmentId}`;
  return (
    <div className="flex flex-col gap-6">
      <TeamSubpageHeader
        teamId={teamId}
        teamName={assignment.team.name}
        title={scopeTitle(assignment.deck.title, assignment.topic)}
        lang={assignment.deck.language}
      >
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {t("due", { date: format.dateTime(assignment.dueAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      </TeamSubpageHeader>

      <Section
        id="members-results"
        title={t("memberResults")}
        gap={2}
        actions={<CsvLink href={`${base}/members.csv`} label={t("exportCsv")} />}
      >
        <ResultsTable
          testId="member-results"
          className="tabular-nums"
          headers={[t("member"), t("cardsStudied"), t("recallNow"), t("bestQuiz"), t("status")]}
        >
          {members.map((m) => (
            <tr key={m.userId} className="border-b border-stone-100 last:border-0 dark:border-stone-800">
              <th scope="row" className="px-3 py-2 font-normal">
                {m.name ?? m.email}
              </th>
              <td className="px-3 py-2">
                {m.progress.studied}/{m.progress.cards}
              </td>
              <td className="px-3 py-2">{pct(m.progress.recall)}</td>
              <td className="px-3 py-2">
                {m.progress.bestQuizPercent === null ? "–" : `${m.progress.bestQuizPercent}%`}
              </td>
              <td className="px-3 py-2">
                <AssignmentStatusBadge status={m.status} />
              </td>
            </tr>
          ))}
        </ResultsTable>
      </Section>

      <Section
        id="missed-results"
        title={t("teamMisses")}
        gap={2}
        actions={<CsvLink href={`${base}/questions.csv`} label={t("exportCsv")} />}
      >
        {questions.length === 0 ? (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("noMisses")}</p>
        ) : (
          <ResultsTable
            testId="question-results"
            lang={assignment.deck.language}
            headers={[t("question"), t("wrongShare"), t("topDistractor")]}
          >
            {questions.map((q) => (
              <tr key={q.questionId} className="border-b border-stone-100 last:border-0 dark:border-stone-800">
                <th scope="row" className="px-3 py-2 font-normal">
                  {q.stem}
                </th>
                <td className="px-3 py-2 tabular-nums">
                  {pct(q.wrongShare)} ({q.wrong}/{q.answers})
                </td>
                <td className="px-3 py-2">{q.topDistractor ? `${q.topDistractor} (${q.topDistractorCount})` : "–"}</td>
              </tr>
            ))}
          </ResultsTable>
        )}
      </Section>
    </div>
  );
}

function CsvLink({ href, label }: { href: string; label: string }) {
  return (
    <a href={href} className="text-sm font-medium text-teal-800 underline dark:text-teal-300" download>
      {label}
    </a>
  );
}

/** A table of results under its column headers; `children` are its rows. */
function ResultsTable(props: {
  headers: string[];
  testId: string;
  lang?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white dark:border-stone-700 dark:bg-stone-900">
      <table
        className={`w-full text-left text-sm ${props.className ?? ""}`}
        data-testid={props.testId}
        lang={props.lang}
      >
        <thead>
          <tr className="border-b border-stone-200 dark:border-stone-700">
            {props.headers.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
