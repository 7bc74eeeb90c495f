"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { signUpAction, type SignUpResult } from "../actions";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<SignUpResult | null, FormData>(signUpAction, null);
  const failed = state && !state.ok ? state : null;
  const error = (key?: string) => (key ? t(`errors.${key}`) : undefined);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormError message={error(failed?.formError)} />
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
        label={t("name")}
        name="name"
        autoComplete="name"
        maxLength={80}
        defaultValue={failed?.values?.name}
        error={error(failed?.fieldErrors.name)}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint={t("passwordHint")}
        error={error(failed?.fieldErrors.password)}
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("pending") : t("submitSignUp")}
      </Button>
    </form>
  );
}
