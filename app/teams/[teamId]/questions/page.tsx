import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import { TableHead } from "@/components/ui/table-head";
import {
  flaggedItems,
  MIN_ANSWERS_TO_FLAG,
  NON_FUNCTIONAL_BELOW,
  TOO_EASY_ABOVE,
  TOO_HARD_BELOW,
} from "@/lib/quiz/item-statistics";
import { db } from "@/server/db/client";
import { teamQuestionQuality, type DeckQuality, type QuestionQuality } from "@/server/quiz/question-quality";
import { pageTitle } from "@/app/page-title";
import { TeamSubpageHeader, teamPageFor } from "../team-page";
import { EditItemForm } from "../reports/edit-item-form";
import { editQuestionAction, hideQuestionAction } from "./actions";

type Props = { params: Promise<{ teamId: string }> };

export const generateMetadata = pageTitle("teamInsights", "questionsTitle");

const pct = (share: number) => Math.round(share * 100);

/** The admins' list of quiz questions that work badly, with a way to hide or rewrite each. */
export default async function QuestionsPage({ params }: Props) {
  const { user, teamId, team } = await teamPageFor(params, "reports.resolve");
  const [own, assigned, t] = await Promise.all([
    teamQuestionQuality(db, user.id, teamId, "own-decks"),
    teamQuestionQuality(db, user.id, teamId, "team-answers"),
    getTranslations("teamInsights"),
  ]);
  const ownDecks = own.ok ? own.decks : [];
  const ownIds = new Set(ownDecks.map((d) => d.deck.id));
  const otherDecks = (assigned.ok ? assigned.decks : []).filter(
    (d) => !ownIds.has(d.deck.id) && flaggedItems(d.questions).length > 0,
  );

  return (
    <div className="flex flex-col gap-6">
      <TeamSubpageHeader teamId={teamId} teamName={team.name} title={t("questionsTitle")}>
        <p className="text-sm text-stone-600 dark:text-stone-400">{t("questionsIntro")}</p>
        <p className="text-sm text-stone-600 dark:text-stone-400" data-testid="sample-note">
          {t("sampleNote", {
            min: MIN_ANSWERS_TO_FLAG,
            easy: pct(TOO_EASY_ABOVE),
            hard: pct(TOO_HARD_BELOW),
            rare: pct(NON_FUNCTIONAL_BELOW),
          })}
        </p>
      </TeamSubpageHeader>

      <Section id="own-decks" title={t("ownDecks")} gap={4}>
        {ownDecks.length === 0 && <p className="text-sm text-stone-600 dark:text-stone-400">{t("noDecks")}</p>}
        {ownDecks.map((deck) => (
          <DeckQuestions key={deck.deck.id} deck={deck} t={t} fix={{ teamId }} />
        ))}
      </Section>

      {otherDecks.length > 0 && (
        <Section id="assigned-decks" title={t("assignedDecks")} gap={4}>
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("assignedDecksIntro")}</p>
          {otherDecks.map((deck) => (
            <DeckQuestions key={deck.deck.id} deck={deck} t={t} fix={null} />
          ))}
        </Section>
      )}
    </div>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"teamInsights">>>;

function DeckQuestions({ deck, t, fix }: { deck: DeckQuality; t: T; fix: { teamId: string } | null }) {
  const flagged = flaggedItems(deck.questions);
  return (
    <div className="flex flex-col gap-3" data-testid="deck-questions">
      <h3 className="font-semibold" lang={deck.deck.language}>
        {deck.deck.title}
      </h3>
      {flagged.length === 0 && (
        <p className="text-sm text-stone-600 dark:text-stone-400">{t("noFlagged", { deck: deck.deck.title })}</p>
      )}
      <ul className="flex flex-col gap-4">
        {flagged.map((q) => (
          <li key={q.questionId}>
            <FlaggedQuestion question={q} language={deck.deck.language} t={t} fix={fix} />
          </li>
        ))}
      </ul>
      {deck.questions.length > 0 && <AllQuestions questions={deck.questions} language={deck.deck.language} t={t} />}
    </div>
  );
}

function Figures({ q, t }: { q: QuestionQuality; t: T }) {
  return (
    <span className="text-stone-600 dark:text-stone-400">
      {t("answers", { count: q.answers })}
      {q.facility !== null && <> · {t("facility", { percent: pct(q.facility) })}</>}
      {q.discrimination !== null && <> · {t("discrimination", { value: signed(q.discrimination) })}</>}
    </span>
  );
}

const signed = (value: number) => (value > 0 ? "+" : value < 0 ? "−" : "") + Math.abs(value).toFixed(2);

function FlaggedQuestion({
  question: q,
  language,
  t,
  fix,
}: {
  question: QuestionQuality;
  language: string;
  t: T;
  fix: { teamId: string } | null;
}) {
  return (
    <Card className="flex flex-col gap-3" data-testid="flagged-question">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {q.flags.map((flag) => (
          <span
            key={flag}
            className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-950 dark:bg-amber-900 dark:text-amber-50"
          >
            {t(`flags.${flag}`)}
          </span>
        ))}
        <Figures q={q} t={t} />
      </div>
      <p className="font-medium" lang={language}>
        {q.stem}
      </p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("optionsCaption")}</caption>
        <TableHead headers={[t("option"), t("picked")]} cellClassName="py-1 pr-3 font-medium" />
        <tbody>
          {q.options.map((option, i) => (
            <tr key={i} className="border-t border-stone-100 dark:border-stone-800">
              <td className="py-1 pr-3" lang={language}>
                <span className="mr-1 font-mono text-xs text-stone-500">{"ABCDEFGH"[i]}</span>
                {option}
                {i === q.answerIndex && (
                  <span className="ml-2 rounded bg-teal-50 px-1 text-xs text-teal-900 dark:bg-teal-950 dark:text-teal-100">
                    ✓ {t("rightOption")}
                  </span>
                )}
                {q.nonFunctionalDistractors.includes(i) && (
                  <span className="ml-2 text-xs text-stone-500 dark:text-stone-400">{t("rarelyPicked")}</span>
                )}
              </td>
              <td className="py-1 pr-3 tabular-nums">{t("pickRate", { percent: pct(q.pickRates[i] ?? 0) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {fix && (
        <div className="flex flex-wrap items-start gap-2">
          <ActionButton
            action={hideQuestionAction}
            fields={{ teamId: fix.teamId, questionId: q.questionId }}
            label={t("hide")}
            messages="teamContent.errors"
          />
          <details className="w-full rounded-lg border border-stone-200 dark:border-stone-700">
            <summary className="cursor-pointer px-3 py-2 text-sm font-medium">{t("edit")}</summary>
            <div className="border-t border-stone-200 p-3 dark:border-stone-700">
              <EditItemForm
                action={editQuestionAction}
                fields={{ teamId: fix.teamId, questionId: q.questionId }}
                language={language}
                item={{
                  kind: "question",
                  stem: q.stem,
                  answer: q.options[q.answerIndex] ?? "",
                  distractors: q.options.filter((_, i) => i !== q.answerIndex),
                  explanation: q.explanation,
                }}
              />
            </div>
          </details>
        </div>
      )}
    </Card>
  );
}

function AllQuestions({ questions, language, t }: { questions: QuestionQuality[]; language: string; t: T }) {
  return (
    <details className="rounded-lg border border-stone-200 bg-white text-sm dark:border-stone-700 dark:bg-stone-900">
      <summary className="cursor-pointer px-3 py-2 font-medium">
        {t("allQuestions", { count: questions.length })}
      </summary>
      <div className="overflow-x-auto border-t border-stone-200 dark:border-stone-700">
        <table className="w-full min-w-[32rem] text-left">
          <TableHead
            headers={[t("question"), t("answersHeader"), t("rightHeader"), t("discriminationHeader")]}
            cellClassName="px-3 py-2 font-medium"
          />
          <tbody>
            {questions.map((q) => (
              <tr key={q.questionId} className="border-t border-stone-100 dark:border-stone-800">
                <th scope="row" className="px-3 py-1 font-normal" lang={language}>
                  {q.stem}
                </th>
                <td className="px-3 py-1 tabular-nums">{q.answers}</td>
                <td className="px-3 py-1 tabular-nums">{q.facility === null ? "–" : pct(q.facility)}</td>
                <td className="px-3 py-1 tabular-nums">{q.discrimination === null ? "–" : signed(q.discrimination)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
