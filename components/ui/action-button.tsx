"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import { Button } from "./button";

type Props = {
  action: (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  fields: Record<string, string>;
  label: string;
  /** Where the messages for the action's error keys are, e.g. "teams.errors" (each has an "unexpected"). */
  messages: string;
  variant?: "primary" | "secondary" | "ghost";
  /** Extra inputs shown before the button, e.g. a select. */
  children?: ReactNode;
  /** For what cannot be undone: the first click asks this question, and only `yes` runs the action. */
  confirm?: { question: string; yes: string; no: string };
};

/** A small form that runs one server action and shows its error next to the button. */
export function ActionButton({ action, fields, label, messages, variant = "secondary", children, confirm }: Props) {
  const t = useTranslations(messages);
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(action, null);
  const [asking, setAsking] = useState(false);
  const error = state && !state.ok ? (state.formError ?? Object.values(state.fieldErrors)[0]) : undefined;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {confirm && !asking ? (
        <Button type="button" variant={variant} onClick={() => setAsking(true)} className="min-h-9 px-3">
          {label}
        </Button>
      ) : (
        <>
          {confirm && <span className="text-sm font-medium">{confirm.question}</span>}
          <Button type="submit" variant={variant} disabled={pending} className="min-h-9 px-3">
            {confirm ? confirm.yes : label}
          </Button>
          {confirm && (
            <Button type="button" variant="ghost" onClick={() => setAsking(false)} className="min-h-9 px-3">
              {confirm.no}
            </Button>
          )}
        </>
      )}
      {error && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t.has(error) ? t(error) : t("unexpected")}
        </span>
      )}
    </form>
  );
}
