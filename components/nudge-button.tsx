"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import { Button } from "./ui/button";
import { FormError } from "./ui/form-error";

type NudgeResult = ActionResult<{ reminded: number; skipped: string[]; failed: number }>;

type Props = {
  action: (previous: NudgeResult | null, formData: FormData) => Promise<NudgeResult>;
  assignmentId: string;
  /** Members not done, whom the button reminds. */
  notDone: number;
  emailConfigured: boolean;
};

/** "Remind the N members not done": one email each, at most once a day; says who was reminded and who was skipped. */
export function NudgeButton({ action, assignmentId, notDone, emailConfigured }: Props) {
  const t = useTranslations("followUp");
  const [state, formAction, pending] = useActionState<NudgeResult | null, FormData>(action, null);
  if (!emailConfigured) return <p className="text-sm text-stone-600 dark:text-stone-400">{t("nudgeNoSmtp")}</p>;
  if (notDone === 0) return <p className="text-sm text-stone-600 dark:text-stone-400">{t("nudgeNobody")}</p>;
  const error = state && !state.ok ? (state.formError ?? "unexpected") : undefined;
  return (
    <form action={formAction} className="flex flex-col items-start gap-2">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("nudge", { count: notDone })}
        </Button>
        <span className="text-xs text-stone-500 dark:text-stone-400">{t("nudgeHint")}</span>
      </div>
      {state?.ok && (
        <div role="status" className="text-sm text-teal-800 dark:text-teal-300">
          <p>{t("nudged", { count: state.reminded })}</p>
          {state.skipped.length > 0 && <p>{t("nudgeSkipped", { names: state.skipped.join(", ") })}</p>}
          {state.failed > 0 && (
            <p className="text-red-700 dark:text-red-400">{t("nudgeFailed", { count: state.failed })}</p>
          )}
        </div>
      )}
      <FormError message={error && (t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.unexpected"))} />
    </form>
  );
}
