"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
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
};

/** A small form that runs one server action and shows its error next to the button. */
export function ActionButton({ action, fields, label, messages, variant = "secondary", children }: Props) {
  const t = useTranslations(messages);
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(action, null);
  const error = state && !state.ok ? (state.formError ?? Object.values(state.fieldErrors)[0]) : undefined;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Button type="submit" variant={variant} disabled={pending} className="min-h-9 px-3">
        {label}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t.has(error) ? t(error) : t("unexpected")}
        </span>
      )}
    </form>
  );
}
