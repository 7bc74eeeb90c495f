import { getTranslations } from "next-intl/server";
import type { MissedQuestion } from "@/lib/quiz/views";

/** The most-missed questions listed per deck before the rest fold away. */
const SHOWN = 8;

export async function MissedQuestionList({ questions }: { questions: MissedQuestion[] }) {
  const t = await getTranslations("progress");
  const row = (q: MissedQuestion) => (
    <li key={q.questionId} className="flex justify-between gap-3" data-testid="missed-question">
      <span>{q.stem}</span>
      <span className="shrink-0 text-stone-500 dark:text-stone-400">{t("missedTimes", { count: q.misses })}</span>
    </li>
  );
  return (
    <div className="flex flex-col gap-1 text-sm" lang={questions[0]?.language}>
      <ul className="flex flex-col gap-1">{questions.slice(0, SHOWN).map(row)}</ul>
      {questions.length > SHOWN && (
        <details>
          <summary className="cursor-pointer text-teal-800 dark:text-teal-300">
            {t("missedMore", { count: questions.length - SHOWN })}
          </summary>
          <ul className="mt-1 flex flex-col gap-1">{questions.slice(SHOWN).map(row)}</ul>
        </details>
      )}
    </div>
  );
}
