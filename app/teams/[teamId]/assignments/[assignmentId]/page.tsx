import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { assignmentReport } from "@/server/teams/assignments";
import { AssignmentStatusBadge } from "../../../assignment-status-badge";
import { TeamSubpageHeader } from "../../team-page";
import { ResultsRow, ResultsSection, ResultsTable } from "./results-table";
import { scopeTitle } from "@/lib/decks/scope";
import { pageTitle } from "@/app/page-title";
import { completionSummary } from "@/lib/teams/completion";
import { NudgeButton } from "@/components/nudge-button";
import { configuredMailer } from "@/server/reminders/mailer";
import { nudgeAction } from "./actions";

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
  const [t, tf, format] = await Promise.all([getTranslations("teams"), getTranslations("followUp"), getFormatter()]);
  const summary = completionSummary(members.map((m) => m.status));
  const when = (at: Date | null) =>
    at ? format.dateTime(at, { dateStyle: "medium", timeStyle: "short" }) : tf("never");
  const csv = (file: string) => ({
    href: `/teams/${teamId}/assignments/${assignmentId}/${file}`,
    label: t("exportCsv"),
  });
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

      <ResultsSection id="members-results" title={t("memberResults")} csv={csv("members.csv")}>
        <p className="text-sm font-medium" data-testid="results-summary">
          {tf("summary", { done: summary.done, total: summary.total })} ·{" "}
          {tf("overdueCount", { count: summary.overdue })}
        </p>
        <NudgeButton
          action={nudgeAction}
          assignmentId={assignment.id}
          notDone={summary.total - summary.done}
          emailConfigured={configuredMailer() !== null}
        />
        <ResultsTable
          testId="member-results"
          className="tabular-nums"
          headers={[
            t("member"),
            t("cardsStudied"),
            tf("retentionNow"),
            t("bestQuiz"),
            t("status"),
            tf("firstCompleted"),
            tf("lastActivity"),
          ]}
        >
          {members.map((m) => (
            <ResultsRow key={m.userId} head={m.name ?? m.email}>
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
              <td className="px-3 py-2 whitespace-nowrap">{when(m.firstCompletedAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{when(m.lastActivityAt)}</td>
            </ResultsRow>
          ))}
        </ResultsTable>
      </ResultsSection>

      <ResultsSection id="missed-results" title={t("teamMisses")} csv={csv("questions.csv")}>
        {questions.length === 0 ? (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("noMisses")}</p>
        ) : (
          <ResultsTable
            testId="question-results"
            lang={assignment.deck.language}
            headers={[t("question"), t("wrongShare"), t("topDistractor")]}
          >
            {questions.map((q) => (
              <ResultsRow key={q.questionId} head={q.stem}>
                <td className="px-3 py-2 tabular-nums">
                  {pct(q.wrongShare)} ({q.wrong}/{q.answers})
                </td>
                <td className="px-3 py-2">{q.topDistractor ? `${q.topDistractor} (${q.topDistractorCount})` : "–"}</td>
              </ResultsRow>
            ))}
          </ResultsTable>
        )}
      </ResultsSection>
    </div>
  );
}
