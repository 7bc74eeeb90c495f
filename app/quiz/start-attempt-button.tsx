"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { StartQuizResult } from "./actions";

type Props = {
  action: (prev: StartQuizResult | null, formData: FormData) => Promise<StartQuizResult>;
  /** Hidden fields; include a fresh clientAttemptId so a double submit starts one attempt. */
  fields: Record<string, string>;
  label: string;
  variant?: "primary" | "secondary";
};

/** A one-button form that starts a quiz attempt and opens it. */
export function StartAttemptButton({ action, fields, label, variant = "primary" }: Props) {
  const t = useTranslations("quiz");
  const [state, formAction, pending] = useActionState<StartQuizResult | null, FormData>(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending}>
        {label}
      </Button>
      {state && !state.ok && state.formError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t(`errors.${state.formError}`)}
        </p>
      )}
    </form>
  );
}
