"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { formFields } from "@/lib/forms/form-fields";
import { createInviteAction, type CreateInviteResult } from "./actions";

export function InviteForm({ teamId }: { teamId: string }) {
  const t = useTranslations("teams");
  const tOnboarding = useTranslations("teamOnboarding");
  const [state, action, pending] = useActionState<CreateInviteResult | null, FormData>(createInviteAction, null);
  const form = formFields(state, t);
  const link = state?.ok ? new URL(state.link, window.location.href).toString() : null;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="teamId" value={teamId} />
      <FormError message={form.formError} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("expiresInDays")} inputMode="numeric" {...form.field("expiresInDays", "7")} />
        <TextField label={t("maxUses")} inputMode="numeric" hint={t("maxUsesHint")} {...form.field("maxUses")} />
      </div>
      <Button type="submit" disabled={pending} className="self-start">
        {t("createInvite")}
      </Button>
      {link && (
        <div
          role="status"
          className="flex flex-col gap-1 rounded-lg bg-teal-50 p-3 text-sm text-teal-950 dark:bg-teal-950 dark:text-teal-50"
        >
          <span>{t("inviteLinkOnce")}</span>
          <input
            readOnly
            value={link}
            aria-label={t("inviteLink")}
            data-testid="invite-link"
            className="rounded border border-teal-300 bg-white px-2 py-1 font-mono text-xs dark:bg-stone-900"
            onFocus={(e) => e.target.select()}
          />
          <CopyButton
            text={link}
            label={tOnboarding("copyLink")}
            copied={tOnboarding("copied")}
            failed={tOnboarding("copyFailed")}
          />
        </div>
      )}
    </form>
  );
}
