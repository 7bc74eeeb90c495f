"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/forms/action-result";
import { createTeamAction } from "./actions";

export function CreateTeamForm() {
  const t = useTranslations("teams");
  const [state, action, pending] = useActionState<ActionResult<object, "name"> | null, FormData>(
    createTeamAction,
    null,
  );
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <FormError message={failed?.formError ? t(`errors.${failed.formError}`) : undefined} />
      <TextField
        label={t("name")}
        name="name"
        defaultValue={failed?.values?.name ?? ""}
        error={failed?.fieldErrors.name ? t(`errors.${failed.fieldErrors.name}`) : undefined}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {t("create")}
      </Button>
    </form>
  );
}
