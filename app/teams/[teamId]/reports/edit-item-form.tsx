"use client";

import { useTranslations } from "next-intl";
import { useActionState, type TextareaHTMLAttributes } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { formFields } from "@/lib/forms/form-fields";
import type { EditField, EditItemResult } from "./actions";

type Props = {
  /** The action that saves the edit, and the hidden fields that say what is edited (team, report or question). */
  action: (previous: EditItemResult | null, formData: FormData) => Promise<EditItemResult>;
  fields: Record<string, string>;
  language: string;
  item:
    | { kind: "card"; front: string; back: string }
    | { kind: "question"; stem: string; answer: string; distractors: string[]; explanation: string };
};

/** The small inline form that rewrites a reported card or question through the deck's overrides. */
export function EditItemForm({ action: save, fields, language, item }: Props) {
  const t = useTranslations("teamContent");
  const [state, action, pending] = useActionState<EditItemResult | null, FormData>(save, null);
  const form = formFields(state, t);
  const problem = form.failed?.problem ?? null;
  const field = (name: EditField, label: string, initial: string) => ({ label, ...form.field(name, initial) });
  return (
    <form action={action} className="flex flex-col gap-3" lang={language} noValidate>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormError message={problem ? t("editRefused", { message: problem.message }) : form.formError} />
      {item.kind === "card" ? (
        <>
          <TextArea {...field("front", t("front"), item.front)} rows={2} />
          <TextArea {...field("back", t("back"), item.back)} rows={4} />
        </>
      ) : (
        <>
          <TextField {...field("stem", t("stem"), item.stem)} />
          <TextField {...field("answer", t("answer"), item.answer)} />
          {([1, 2, 3] as const).map((n) => (
            <TextField
              key={n}
              {...field(`distractor${n}`, t("distractor", { number: n }), item.distractors[n - 1] ?? "")}
            />
          ))}
          <TextArea {...field("explanation", t("explanationLabel"), item.explanation)} rows={4} />
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
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; error?: string }) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <textarea
          className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 shadow-sm outline-none focus:border-teal-600 focus:ring-2 focus:ring-teal-600/30 aria-invalid:border-red-600 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
          {...control}
          {...textarea}
        />
      )}
    </Field>
  );
}
