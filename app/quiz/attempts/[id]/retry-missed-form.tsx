"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { retryMissedAction, type StartQuizResult } from "../../actions";

export function RetryMissedForm({ attemptId, clientAttemptId, count }: { attemptId: string; clientAttemptId: string; count: number }) {
  const t = useTranslations("quiz");
  const [state, action, pending] = useActionState<StartQuizResult | null, FormData>(retryMissedAction, null);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="clientAttemptId" value={clientAttemptId} />
      <Button type="submit" disabled={pending}>{t("retryMissed", { count })}</Button>
      {state && !state.ok && state.formError && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{t(`errors.${state.formError}`)}</p>}
    </form>
  );
}
