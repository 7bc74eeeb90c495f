"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { createAssignmentAction, type CreateAssignmentResult } from "./actions";
import { SelectField } from "@/components/ui/select-field";

type Props = {
  teamId: string;
  decks: { slug: string; title: string }[];
  members: { userId: string; label: string }[];
  clientRequestId: string;
};

export function AssignmentForm({ teamId, decks, members, clientRequestId }: Props) {
  const t = useTranslations("teams");
  const [state, action, pending] = useActionState<CreateAssignmentResult | null, FormData>(
    createAssignmentAction,
    null,
  );
  const [everyone, setEveryone] = useState(true);
  const failed = state && !state.ok ? state : null;
  const error = (field: string) => {
    const key = failed?.fieldErrors[field as keyof typeof failed.fieldErrors];
    return key ? t(`errors.${key}`) : undefined;
  };
  const value = (field: string, fallback: string) => failed?.values?.[field as keyof typeof failed.values] ?? fallback;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="teamId" value={teamId} />
      {/* The page makes a new id each time it renders (after a success too): a double submit sends the same one. */}
      <input type="hidden" name="clientRequestId" value={clientRequestId} />
      <FormError message={failed?.formError ? t(`errors.${failed.formError}`) : undefined} />
      {state?.ok && (
        <p role="status" className="text-sm text-teal-800 dark:text-teal-300">
          {t("assignmentCreated")}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t("deck")}
          name="deck"
          defaultValue={value("deck", decks[0]?.slug ?? "")}
          error={error("deck")}
        >
          {decks.map((d) => (
            <option key={d.slug} value={d.slug}>
              {d.title}
            </option>
          ))}
        </SelectField>
        <TextField label={t("topicOptional")} name="topic" defaultValue={value("topic", "")} error={error("topic")} />
        <TextField
          label={t("dueDate")}
          name="dueDate"
          type="date"
          required
          defaultValue={value("dueDate", "")}
          error={error("dueDate")}
        />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">{t("rule")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="requireStudy" defaultChecked /> {t("requireStudy")}
        </label>
        <TextField
          label={t("minRecall")}
          name="minRecall"
          inputMode="decimal"
          defaultValue={value("minRecall", "0.85")}
          error={error("minRecall")}
          className="max-w-48"
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="requireQuiz" defaultChecked /> {t("requireQuiz")}
        </label>
        <TextField
          label={t("passPercent")}
          name="passPercent"
          inputMode="numeric"
          defaultValue={value("passPercent", "80")}
          error={error("passPercent")}
          className="max-w-48"
        />
        {error("requireStudy") && <p className="text-sm text-red-700 dark:text-red-400">{error("requireStudy")}</p>}
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">{t("assignTo")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="everyone" checked={everyone} onChange={(e) => setEveryone(e.target.checked)} />{" "}
          {t("wholeTeam")}
        </label>
        {!everyone &&
          members.map((m) => (
            <label key={m.userId} className="flex items-center gap-2 pl-6 text-sm">
              <input type="checkbox" name="members" value={m.userId} /> {m.label}
            </label>
          ))}
        {error("members") && <p className="text-sm text-red-700 dark:text-red-400">{error("members")}</p>}
      </fieldset>
      <Button type="submit" disabled={pending} className="self-start">
        {t("assign")}
      </Button>
    </form>
  );
}
