import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { assignmentReport } from "@/server/teams/assignments";
import { AssignmentStatusBadge } from "../../../assignment-status-badge";

type Props = { params: Promise<{ teamId: string; assignmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teams"))("resultsTitle") };
}

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
      <header className="flex flex-col gap-1">
        <Link href={`/teams/${teamId}`} className="text-sm text-teal-800 underline dark:text-teal-300">
          {assignment.team.name}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight" lang={assignment.deck.language}>
          {assignment.topic ? `${assignment.deck.title} · ${assignment.topic}` : assignment.deck.title}
        </h1>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {t("due", { date: format.dateTime(assignment.dueAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      </header>

      <section aria-labelledby="members-results" className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="members-results" className="text-lg font-semibold">
            {t("memberResults")}
          </h2>
          <a
            href={`${base}/members.csv`}
            className="text-sm font-medium text-teal-800 underline dark:text-teal-300"
            download
          >
            {t("exportCsv")}
          </a>
        </div>
        <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white dark:border-stone-700 dark:bg-stone-900">
          <table className="w-full text-left text-sm tabular-nums" data-testid="member-results">
            <thead>
              <tr className="border-b border-stone-200 dark:border-stone-700">
                {[t("member"), t("cardsStudied"), t("recallNow"), t("bestQuiz"), t("status")].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="missed-results" className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="missed-results" className="text-lg font-semibold">
            {t("teamMisses")}
          </h2>
          <a
            href={`${base}/questions.csv`}
            className="text-sm font-medium text-teal-800 underline dark:text-teal-300"
            download
          >
            {t("exportCsv")}
          </a>
        </div>
        {questions.length === 0 ? (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("noMisses")}</p>
        ) : (
          <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white dark:border-stone-700 dark:bg-stone-900">
            <table className="w-full text-left text-sm" data-testid="question-results" lang={assignment.deck.language}>
              <thead>
                <tr className="border-b border-stone-200 dark:border-stone-700">
                  {[t("question"), t("wrongShare"), t("topDistractor")].map((h) => (
                    <th key={h} scope="col" className="px-3 py-2 font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {questions.map((q) => (
                  <tr key={q.questionId} className="border-b border-stone-100 last:border-0 dark:border-stone-800">
                    <th scope="row" className="px-3 py-2 font-normal">
                      {q.stem}
                    </th>
                    <td className="px-3 py-2 tabular-nums">
                      {pct(q.wrongShare)} ({q.wrong}/{q.answers})
                    </td>
                    <td className="px-3 py-2">
                      {q.topDistractor ? `${q.topDistractor} (${q.topDistractorCount})` : "–"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
