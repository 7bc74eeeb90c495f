"use client";

import { useTranslations } from "next-intl";
import { Fragment, useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormOutcome } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { createAssignmentAction, type CreateAssignmentResult } from "./actions";
import { SelectField } from "@/components/ui/select-field";
import { formFields } from "@/lib/forms/form-fields";

/** The completion rule: each part is a checkbox with its threshold. */
const RULES = [
  { check: "requireStudy", field: "minRecall", inputMode: "decimal", fallback: "0.85" },
  { check: "requireQuiz", field: "passPercent", inputMode: "numeric", fallback: "80" },
] as const;

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
  const { formError, error, field } = formFields(state, t);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="teamId" value={teamId} />
      {/* The page makes a new id each time it renders (after a success too): a double submit sends the same one. */}
      <input type="hidden" name="clientRequestId" value={clientRequestId} />
      <FormOutcome error={formError} done={state?.ok ? t("assignmentCreated") : undefined} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label={t("deck")} {...field("deck", decks[0]?.slug ?? "")}>
          {decks.map((d) => (
            <option key={d.slug} value={d.slug}>
              {d.title}
            </option>
          ))}
        </SelectField>
        <TextField label={t("topicOptional")} {...field("topic")} />
        <TextField label={t("dueDate")} type="date" required {...field("dueDate")} />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">{t("rule")}</legend>
        {RULES.map(({ check, field: name, inputMode, fallback }) => (
          <Fragment key={check}>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={check} defaultChecked /> {t(check)}
            </label>
            <TextField label={t(name)} inputMode={inputMode} {...field(name, fallback)} className="max-w-48" />
          </Fragment>
        ))}
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
