"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { editReportedItemAction, type EditField, type EditItemResult } from "./actions";

type Props = {
  teamId: string;
  reportId: string;
  language: string;
  item:
    | { kind: "card"; front: string; back: string }
    | { kind: "question"; stem: string; answer: string; distractors: string[]; explanation: string };
};

/** The small inline form that rewrites a reported card or question through the deck's overrides. */
export function EditItemForm({ teamId, reportId, language, item }: Props) {
  const t = useTranslations("teamContent");
  const [state, action, pending] = useActionState<EditItemResult | null, FormData>(editReportedItemAction, null);
  const failed = state && !state.ok ? state : null;
  const problem = failed?.problem ?? null;
  const error = (field: EditField) =>
    failed?.fieldErrors[field] ? t(`errors.${failed.fieldErrors[field]}`) : undefined;
  const value = (field: EditField, initial: string) => failed?.values?.[field] ?? initial;
  return (
    <form action={action} className="flex flex-col gap-3" lang={language} noValidate>
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="itemKind" value={item.kind} />
      <FormError
        message={
          problem
            ? t("editRefused", { message: problem.message })
            : failed?.formError
              ? t(`errors.${failed.formError}`)
              : undefined
        }
      />
      {item.kind === "card" ? (
        <>
          <TextArea
            label={t("front")}
            name="front"
            rows={2}
            defaultValue={value("front", item.front)}
            error={error("front")}
          />
          <TextArea
            label={t("back")}
            name="back"
            rows={4}
            defaultValue={value("back", item.back)}
            error={error("back")}
          />
        </>
      ) : (
        <>
          <TextField label={t("stem")} name="stem" defaultValue={value("stem", item.stem)} error={error("stem")} />
          <TextField
            label={t("answer")}
            name="answer"
            defaultValue={value("answer", item.answer)}
            error={error("answer")}
          />
          {([1, 2, 3] as const).map((n) => (
            <TextField
              key={n}
              label={t("distractor", { number: n })}
              name={`distractor${n}`}
              defaultValue={value(`distractor${n}`, item.distractors[n - 1] ?? "")}
              error={error(`distractor${n}`)}
            />
          ))}
          <TextArea
            label={t("explanationLabel")}
            name="explanation"
            rows={4}
            defaultValue={value("explanation", item.explanation)}
            error={error("explanation")}
          />
        </>
      )}
      <Button type="submit" disabled={pending} aria-busy={pending} className="self-start">
        {t("saveEdit")}
      </Button>
    </form>
  );
}

function TextArea({
  label,
  error,
  ...props
}: {
  label: string;
  error?: string;
  name: string;
  rows: number;
  defaultValue: string;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-stone-800 dark:text-stone-200">
        {label}
      </label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 shadow-sm outline-none focus:border-teal-600 focus:ring-2 focus:ring-teal-600/30 aria-invalid:border-red-600 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
        {...props}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
