"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import { Button } from "./ui/button";

type Props = {
  deckId: string;
  itemKind: "card" | "question";
  itemId: string;
  /** The server action that files the report (app/reports/actions). */
  action: (
    prev: ActionResult<object, "message"> | null,
    formData: FormData,
  ) => Promise<ActionResult<object, "message">>;
};

/**
 * "Report a problem" under a card or question of a team deck: a disclosure with a message box.
 * Its request id is made when it is opened, so a double click or a retried request files one report.
 * Keyboard shortcuts of the study and quiz pages leave it alone (data-no-shortcuts).
 */
export function ReportProblem({ deckId, itemKind, itemId, action }: Props) {
  const t = useTranslations("teamContent");
  const [state, formAction, pending] = useActionState<ActionResult<object, "message"> | null, FormData>(action, null);
  const [requestId, setRequestId] = useState<string | null>(null);
  const id = useId();
  const failed = state && !state.ok ? state : null;
  const messageError = failed?.fieldErrors.message ? t(`errors.${failed.fieldErrors.message}`) : undefined;
  const formError = failed?.formError ? t(`errors.${failed.formError}`) : undefined;

  if (state?.ok) {
    return (
      <p role="status" className="text-sm text-teal-800 dark:text-teal-300" data-testid="report-sent" data-no-shortcuts>
        {t("reportThanks")}
      </p>
    );
  }
  return (
    <details
      className="group text-sm"
      data-no-shortcuts
      data-testid="report-problem"
      onToggle={(e) => {
        if (e.currentTarget.open && !requestId) setRequestId(crypto.randomUUID());
      }}
    >
      <summary className="cursor-pointer text-stone-500 underline decoration-dotted hover:text-stone-700 dark:text-stone-400 dark:hover:text-stone-200">
        {t("reportProblem")}
      </summary>
      <form action={formAction} className="mt-2 flex flex-col gap-2" noValidate>
        <input type="hidden" name="deckId" value={deckId} />
        <input type="hidden" name="itemKind" value={itemKind} />
        <input type="hidden" name="itemId" value={itemId} />
        <input type="hidden" name="clientRequestId" value={requestId ?? ""} />
        <label htmlFor={id} className="font-medium text-stone-800 dark:text-stone-200">
          {t("reportWhat")}
        </label>
        <textarea
          id={id}
          name="message"
          rows={3}
          maxLength={1000}
          required
          defaultValue={failed?.values?.message ?? ""}
          aria-invalid={messageError ? true : undefined}
          aria-describedby={messageError ? `${id}-error` : undefined}
          className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 shadow-sm outline-none focus:border-teal-600 focus:ring-2 focus:ring-teal-600/30 aria-invalid:border-red-600 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
        />
        {messageError && (
          <p id={`${id}-error`} className="text-red-700 dark:text-red-400">
            {messageError}
          </p>
        )}
        {formError && (
          <p role="alert" className="text-red-700 dark:text-red-400">
            {formError}
          </p>
        )}
        <Button
          type="submit"
          variant="secondary"
          disabled={pending || !requestId}
          aria-busy={pending}
          className="min-h-9 self-start px-3"
        >
          {t("reportSend")}
        </Button>
      </form>
    </details>
  );
}
