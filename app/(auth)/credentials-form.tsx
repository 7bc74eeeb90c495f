"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/forms/action-result";
import { signInAction, signUpAction } from "./actions";
import { formFields } from "@/lib/forms/form-fields";
import { MAX_EMAIL_LENGTH } from "@/lib/auth/email";

type Result = ActionResult<object, "email" | "password" | "name"> & { retryAfterSeconds?: number };

/** Which wait the server asked for: too many failures, or too many sign-ups from this client. */
const tooMany = (state: Result | null) =>
  state && !state.ok && state.formError === "tooManySignUps" ? "tooManySignUps" : "tooManyAttempts";

/** Email and password: signing in, or (with a name) signing up. */
export function CredentialsForm({ mode, callbackUrl }: { mode: "signIn" | "signUp"; callbackUrl: string }) {
  const t = useTranslations("auth");
  const signUp = mode === "signUp";
  const [state, action, pending] = useActionState<Result | null, FormData>(signUp ? signUpAction : signInAction, null);
  const { formError, field } = formFields(state, t);
  const wait = state && !state.ok ? state.retryAfterSeconds : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormError message={wait ? t(`errors.${tooMany(state)}`, { seconds: wait }) : formError} />
      <TextField
        label={t("email")}
        type="email"
        autoComplete="email"
        required
        autoFocus
        maxLength={MAX_EMAIL_LENGTH}
        {...field("email")}
      />
      {signUp && <TextField label={t("name")} autoComplete="name" maxLength={80} {...field("name")} />}
      <TextField
        label={t("password")}
        type="password"
        autoComplete={signUp ? "new-password" : "current-password"}
        required
        minLength={signUp ? 8 : undefined}
        hint={signUp ? t("passwordHint") : undefined}
        {...field("password")}
        defaultValue={undefined}
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("pending") : t(signUp ? "submitSignUp" : "submitSignIn")}
      </Button>
    </form>
  );
}
