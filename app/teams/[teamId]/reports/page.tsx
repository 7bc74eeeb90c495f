import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown";
import { OptionList } from "@/components/entry-contents";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { db } from "@/server/db/client";
import { reportQueue, type QueuedReport, type ReportedItem } from "@/server/teams/reports";
import { TeamSubpageHeader, teamPageFor } from "../team-page";
import { editReportedItemAction, resolveReportAction } from "./actions";
import { EditItemForm } from "./edit-item-form";
import { Section } from "@/components/ui/section";
import { pageTitle } from "@/app/page-title";

type Props = { params: Promise<{ teamId: string }> };

export const generateMetadata = pageTitle("teamContent", "reportsTitle");

/** The admins' queue of learners' reports. Members and outsiders get the same 404. */
export default async function ReportsPage({ params }: Props) {
  const { teamId, team } = await teamPageFor(params, "reports.resolve");
  const [reports, t, format] = await Promise.all([
    reportQueue(db, teamId),
    getTranslations("teamContent"),
    getFormatter(),
  ]);
  const open = reports.filter((r) => r.status === "open");
  const resolved = reports.filter((r) => r.status !== "open");
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const dismiss = (reportId: string) => (
    <ActionButton
      action={resolveReportAction}
      fields={{ teamId, reportId, action: "dismiss" }}
      label={t("dismiss")}
      messages="teamContent.errors"
      variant="ghost"
    />
  );

  return (
    <div className="flex flex-col gap-6">
      <TeamSubpageHeader teamId={teamId} teamName={team.name} title={t("reportsTitle")}>
        <p className="text-sm text-stone-600 dark:text-stone-400">{t("reportsIntro")}</p>
      </TeamSubpageHeader>

      <Section id="open-reports" title={t("openReports", { count: open.length })}>
        {open.length === 0 && <p className="text-sm text-stone-600 dark:text-stone-400">{t("noOpenReports")}</p>}
        <ul className="flex flex-col gap-4">
          {open.map((report) => (
            <li key={report.id}>
              <Card className="flex flex-col gap-3" data-testid="report">
                <ReportHeader report={report} when={when(report.createdAt)} t={t} />
                <ItemText item={report.item} language={report.deck.language} t={t} />
                <blockquote
                  className="whitespace-pre-line rounded-lg border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50"
                  data-testid="report-message"
                >
                  {report.message}
                </blockquote>
                {report.item && !report.item.archived ? (
                  <div className="flex flex-wrap items-start gap-2">
                    <ActionButton
                      action={resolveReportAction}
                      fields={{ teamId, reportId: report.id, action: "hide" }}
                      label={t("hide")}
                      messages="teamContent.errors"
                    />
                    {dismiss(report.id)}
                    <details className="w-full rounded-lg border border-stone-200 dark:border-stone-700">
                      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">{t("edit")}</summary>
                      <div className="border-t border-stone-200 p-3 dark:border-stone-700">
                        <EditItemForm
                          action={editReportedItemAction}
                          fields={{ teamId, reportId: report.id, itemKind: report.item.kind }}
                          language={report.deck.language}
                          item={editable(report.item)}
                        />
                      </div>
                    </details>
                  </div>
                ) : (
                  dismiss(report.id)
                )}
              </Card>
            </li>
          ))}
        </ul>
      </Section>

      {resolved.length > 0 && (
        <Section id="resolved-reports" title={t("resolvedReports")}>
          <ul className="flex flex-col divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white text-sm dark:divide-stone-700 dark:border-stone-700 dark:bg-stone-900">
            {resolved.map((report) => (
              <li key={report.id} className="flex flex-col gap-1 px-4 py-3" data-testid="resolved-report">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs dark:bg-stone-800">
                    {t(`statuses.${report.status}`)}
                  </span>
                  <span className="font-medium" lang={report.deck.language}>
                    {itemTitle(report.item) ?? t("itemGone")}
                  </span>
                  {report.resolvedAt && (
                    <span className="text-stone-500 dark:text-stone-400">{when(report.resolvedAt)}</span>
                  )}
                </div>
                <p className="whitespace-pre-line text-stone-600 dark:text-stone-400">{report.message}</p>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"teamContent">>>;

function ReportHeader({ report, when, t }: { report: QueuedReport; when: string; t: T }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium dark:bg-stone-800">
        {t(`itemKinds.${report.itemKind}`)}
      </span>
      <Link
        href={`/decks/${report.deck.slug}`}
        className="font-medium text-teal-800 underline dark:text-teal-300"
        lang={report.deck.language}
      >
        {report.deck.title}
      </Link>
      <span className="text-stone-600 dark:text-stone-400">
        {t("reportedBy", { name: report.reporter.name ?? report.reporter.email, date: when })}
      </span>
    </div>
  );
}

function ItemText({ item, language, t }: { item: ReportedItem | null; language: string; t: T }) {
  if (!item) return <p className="text-sm text-stone-500 dark:text-stone-400">{t("itemGone")}</p>;
  return (
    <div
      className="flex flex-col gap-2 rounded-lg border border-stone-200 p-3 text-sm dark:border-stone-700"
      lang={language}
      data-testid="reported-item"
    >
      {item.archived && <p className="text-xs font-medium text-stone-500 dark:text-stone-400">{t("itemArchived")}</p>}
      {item.kind === "card" ? (
        <>
          <p className="whitespace-pre-line font-medium">
            <span className="sr-only">{t("front")}: </span>
            {item.front}
          </p>
          <Markdown className="text-stone-700 dark:text-stone-300">{item.back}</Markdown>
        </>
      ) : (
        <>
          <p className="font-medium">{item.stem}</p>
          <OptionList options={item.options} answerIndex={item.answerIndex} />
          <Markdown className="text-stone-700 dark:text-stone-300">{item.explanation}</Markdown>
        </>
      )}
    </div>
  );
}

function itemTitle(item: ReportedItem | null): string | null {
  if (!item) return null;
  return item.kind === "card" ? item.front : item.stem;
}

function editable(item: ReportedItem) {
  if (item.kind === "card") return { kind: "card" as const, front: item.front, back: item.back };
  return {
    kind: "question" as const,
    stem: item.stem,
    answer: item.options[item.answerIndex] ?? "",
    distractors: item.options.filter((_, i) => i !== item.answerIndex),
    explanation: item.explanation,
  };
}
