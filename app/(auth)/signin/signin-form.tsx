"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { signInAction, type SignInResult } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<SignInResult | null, FormData>(signInAction, null);
  const failed = state && !state.ok ? state : null;
  const error = (key?: string) => (key ? t(`errors.${key}`) : undefined);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={error(failed?.formError)} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        autoFocus
        defaultValue={failed?.values?.email}
        error={error(failed?.fieldErrors.email)}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={error(failed?.fieldErrors.password)}
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("pending") : t("submitSignIn")}
      </Button>
    </form>
  );
}
