"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { QUIZ_SIZES } from "@/lib/quiz/sizes";
import { startQuizAction, type StartQuizResult } from "../actions";
import { SelectField } from "@/components/ui/select-field";

type Props = {
  deckId: string;
  language: string;
  topics: { topic: string | null; questions: number }[];
  initialTopic: string;
  clientAttemptId: string;
};

export function StartQuizForm({ deckId, language, topics, initialTopic, clientAttemptId }: Props) {
  const t = useTranslations("quiz");
  const [state, action, pending] = useActionState<StartQuizResult | null, FormData>(startQuizAction, null);
  const failed = state && !state.ok ? state : null;
  const error = failed?.formError ?? Object.values(failed?.fieldErrors ?? {})[0];
  return (
    <Card>
      <form action={action} className="flex flex-col gap-5">
        <FormError message={error ? t(`errors.${error}`) : undefined} />
        <input type="hidden" name="deckId" value={deckId} />
        <input type="hidden" name="clientAttemptId" value={clientAttemptId} />
        <SelectField label={t("topic")} name="topic" defaultValue={initialTopic} lang={language}>
          {topics.map((topic) => (
            <option key={topic.topic ?? ""} value={topic.topic ?? ""}>
              {topic.topic ?? t("wholeDeck")} ({t("questionCount", { count: topic.questions })})
            </option>
          ))}
        </SelectField>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1.5 text-sm font-medium">{t("size")}</legend>
          <div className="grid grid-cols-4 gap-2">
            {QUIZ_SIZES.map((size) => (
              <label
                key={size}
                className="flex min-h-10 cursor-pointer items-center justify-center rounded-lg border border-stone-300 text-sm font-medium has-checked:border-teal-700 has-checked:bg-teal-50 has-checked:text-teal-900 has-focus-visible:outline-2 has-focus-visible:outline-teal-600 dark:border-stone-600 dark:has-checked:bg-teal-950 dark:has-checked:text-teal-100"
              >
                <input type="radio" name="size" value={size} defaultChecked={size === "10"} className="sr-only" />
                {size === "all" ? t("all") : size}
              </label>
            ))}
          </div>
        </fieldset>
        <Button type="submit" disabled={pending} className="min-h-12 text-base">
          {t("start")}
        </Button>
      </form>
    </Card>
  );
}
