import Link from "next/link";
import { randomUUID } from "node:crypto";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChartFigure, DataTable } from "@/components/ui/chart-figure";
import { HeatmapSvg } from "@/components/charts/heatmap-svg";
import type { ProgressDashboard } from "@/lib/progress/dashboard";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { progressDashboard } from "@/server/progress/progress-service";
import { startKeptMissingQuizAction } from "../quiz/actions";
import { StartAttemptButton } from "../quiz/start-attempt-button";
import { ForecastChart, MasteryChart, QuizScoreChart } from "./charts";
import { MissedQuestionList } from "./missed-question-list";
import { percent } from "./percent";
import { RetentionPanel } from "./retention-panel";
import { StatTile } from "./stat-tile";
import { Section } from "@/components/ui/section";
import { pageTitle } from "@/app/page-title";
import { Page } from "@/components/ui/page";
import { ButtonLink } from "@/components/ui/button-link";
import { ListCard } from "@/components/ui/list-card";

export const generateMetadata = pageTitle("progress", "title");

const MAX_MASTERY_BARS = 12;
const dayDate = (day: string) => new Date(`${day}T12:00:00Z`);

export default async function ProgressPage() {
  const user = await requireUser();
  const [data, t, tDaily, tBalance, format, locale] = await Promise.all([
    progressDashboard(db, user.id, new Date()),
    getTranslations("progress"),
    getTranslations("dailyUse"),
    getTranslations("loadBalancing"),
    getFormatter(),
    getLocale(),
  ]);
  const shortDay = (day: string) => format.dateTime(dayDate(day), { month: "short", day: "numeric", timeZone: "UTC" });
  const { today, heatmap, forecast, retention, mastery, quizzes } = data;
  const forecastTotal = forecast.reduce((sum, d) => sum + d.count, 0);
  const forecastDay = (d: { day: string; easy: boolean }) =>
    d.easy ? `${shortDay(d.day)} · ${tBalance("easyDay")}` : shortDay(d.day);
  const months = monthTotals(heatmap.days);
  const masteryRows = mastery.decks.flatMap((deck) => [
    { name: deck.title, m: deck },
    ...deck.topics.map((topic) => ({ name: `${deck.title} · ${topic.group}`, m: topic })),
  ]);
  // A bar per deck and topic while that stays readable; with many topics, a bar per deck (the table has them all).
  const chartRows =
    masteryRows.length <= MAX_MASTERY_BARS ? masteryRows : mastery.decks.map((deck) => ({ name: deck.title, m: deck }));
  // Retries and missed-question quizzes ask a few hard questions again: listed, never plotted as scores.
  const fullQuizzes = quizzes.points.filter((p) => p.kind === "quiz");
  const missedByDeck = new Map<string, typeof quizzes.missed>();
  for (const q of quizzes.missed) missedByDeck.set(q.deckSlug, [...(missedByDeck.get(q.deckSlug) ?? []), q]);

  return (
    <Page title={t("title")} gap={8} testId="progress-dashboard">
      <Section id="today-heading" title={t("today")}>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <StatTile label={t("dueNow")} value={today.dueNow} testId="stat-due" />
          <StatTile label={t("newAvailable")} value={today.newAvailable} testId="stat-new" />
          <StatTile label={t("reviewedToday")} value={today.reviewedToday} testId="stat-reviewed" />
          <StatTile
            label={t("streak")}
            value={t("days", { count: today.streak })}
            hint={t("longestStreak", { count: today.longestStreak })}
            testId="stat-streak"
          />
        </dl>
        {today.notStarted.length > 0 && (
          <div className="flex flex-col gap-2" data-testid="not-started">
            <h3 className="text-sm font-medium">{tDaily("progress.notStarted")}</h3>
            <ul className="flex flex-col gap-2">
              {today.notStarted.map((deck) => (
                <ListCard key={deck.slug} className="gap-3 text-sm">
                  <Link href={`/decks/${deck.slug}`} className="font-medium hover:underline" lang={deck.language}>
                    {deck.title}
                  </Link>
                  <span className="text-stone-600 dark:text-stone-400">
                    {tDaily("progress.newCards", { count: deck.newCards })}
                  </span>
                  <ButtonLink href={`/study/${deck.slug}`} variant="primary" className="ml-auto">
                    {tDaily("today.study")}
                  </ButtonLink>
                </ListCard>
              ))}
            </ul>
          </div>
        )}
      </Section>

      <ChartFigure
        testId="heatmap"
        title={t("heatmapTitle")}
        summary={t("heatmapSummary", {
          total: heatmap.total,
          active: heatmap.activeDays,
          busiest: heatmap.busiestDay
            ? `${format.dateTime(dayDate(heatmap.busiestDay.day), { dateStyle: "medium", timeZone: "UTC" })} (${heatmap.busiestDay.count})`
            : "–",
        })}
        tableLabel={t("showTable")}
        table={
          <DataTable
            head={[t("month"), t("reviews"), t("activeDays")]}
            rows={months.map((m) => [
              format.dateTime(dayDate(`${m.month}-15`), { year: "numeric", month: "long", timeZone: "UTC" }),
              m.reviews,
              m.activeDays,
            ])}
          />
        }
      >
        <HeatmapSvg
          days={heatmap.days.map((d) => ({ date: d.day, count: d.count, level: d.level }))}
          labels={calendarLabels(locale, (count) => t("calendarTotal", { count }), t("less"), t("more"))}
        />
      </ChartFigure>

      <div className="grid gap-6 lg:grid-cols-2">
        <ChartFigure
          testId="forecast"
          title={t("forecastTitle")}
          summary={t("forecastSummary", { total: forecastTotal, today: forecast[0]?.count ?? 0 })}
          tableLabel={t("showTable")}
          table={<DataTable head={[t("day"), t("cardsDue")]} rows={forecast.map((d) => [forecastDay(d), d.count])} />}
        >
          <ForecastChart
            data={forecast.map((d) => ({ label: shortDay(d.day), count: d.count, easy: d.easy }))}
            label={t("cardsDue")}
            easyLegend={forecast.some((d) => d.easy) ? tBalance("easyDayLegend") : undefined}
          />
        </ChartFigure>

        <RetentionPanel retention={retention} />
      </div>

      <ChartFigure
        testId="mastery"
        title={t("masteryTitle")}
        summary={
          <>
            {tDaily("progress.masterySummary", {
              mastered: mastery.overall.mastered,
              studied: mastery.overall.studied,
              cards: mastery.overall.cards,
              recall: percent(mastery.overall.averageRecall),
            })}{" "}
            <span data-testid="recall-definition">{tDaily("progress.recallDefinition")}</span>
          </>
        }
        tableLabel={t("showTable")}
        table={
          <DataTable
            head={[t("deckOrTopic"), t("cards"), t("studied"), t("mastered"), tDaily("progress.recall")]}
            rows={masteryRows.map(({ name, m }) => [
              name,
              m.cards,
              m.studied,
              percent(m.masteredShare),
              percent(m.averageRecall),
            ])}
          />
        }
      >
        {masteryRows.length > 0 ? (
          <MasteryChart
            data={chartRows.map(({ name, m }) => ({
              name,
              mastered: Math.round(m.masteredShare * 100),
              recall: Math.round((m.averageRecall ?? 0) * 100),
            }))}
            labels={{ mastered: t("mastered"), recall: tDaily("progress.recall") }}
          />
        ) : (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("noCards")}</p>
        )}
      </ChartFigure>

      <ChartFigure
        testId="quiz-history"
        title={t("quizTitle")}
        summary={
          <>
            {fullQuizzes.length > 0
              ? t("quizSummary", { count: fullQuizzes.length, last: fullQuizzes.at(-1)!.percent })
              : t("noQuizzes")}
            {fullQuizzes.length < quizzes.points.length && ` ${tDaily("progress.practiceNotPlotted")}`}
          </>
        }
        tableLabel={t("showTable")}
        table={
          <DataTable
            head={[t("date"), t("quiz"), t("score")]}
            rows={quizzes.points.map((p) => [
              format.dateTime(new Date(p.finishedAt), { dateStyle: "medium" }),
              [p.deckTitle, p.topic, p.kind === "quiz" ? null : tDaily(`quiz.kinds.${p.kind}`)]
                .filter(Boolean)
                .join(" · "),
              `${p.correct}/${p.total} (${p.percent}%)`,
            ])}
          />
        }
      >
        {fullQuizzes.length > 0 && (
          <QuizScoreChart
            data={fullQuizzes.map((p) => ({
              label: format.dateTime(new Date(p.finishedAt), { month: "short", day: "numeric" }),
              percent: p.percent,
            }))}
            label={t("score")}
          />
        )}
      </ChartFigure>

      <Section id="missed-heading" title={t("missedTitle")} testId="kept-missing">
        {quizzes.missed.length === 0 ? (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("missedNone")}</p>
        ) : (
          [...missedByDeck].map(([slug, questions]) => (
            <div
              key={slug}
              className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-700 dark:bg-stone-900"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Link href={`/decks/${slug}`} className="font-medium hover:underline" lang={questions[0]!.language}>
                  {questions[0]!.deckTitle}
                </Link>
                <StartAttemptButton
                  action={startKeptMissingQuizAction}
                  fields={{ deckId: questions[0]!.deckId, clientAttemptId: randomUUID() }}
                  label={t("quizThese", { count: questions.length })}
                />
              </div>
              <MissedQuestionList questions={questions} />
            </div>
          ))
        )}
      </Section>
    </Page>
  );
}

function monthTotals(
  days: ProgressDashboard["heatmap"]["days"],
): { month: string; reviews: number; activeDays: number }[] {
  const months = new Map<string, { month: string; reviews: number; activeDays: number }>();
  for (const { day, count } of days) {
    const month = day.slice(0, 7);
    const row = months.get(month) ?? { month, reviews: 0, activeDays: 0 };
    row.reviews += count;
    row.activeDays += count > 0 ? 1 : 0;
    months.set(month, row);
  }
  return [...months.values()];
}

function calendarLabels(locale: string, totalCount: (count: number) => string, less: string, more: string) {
  const monthFormat = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const weekdayFormat = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  return {
    months: Array.from({ length: 12 }, (_, m) => monthFormat.format(Date.UTC(2026, m, 15))),
    // 2026-11-01 is a Sunday: the names go from Sunday on.
    weekdays: Array.from({ length: 7 }, (_, d) => weekdayFormat.format(Date.UTC(2026, 10, 1 + d))),
    totalCount,
    less,
    more,
  };
}
