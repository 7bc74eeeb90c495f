"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FileProblem } from "@/components/ui/file-problem";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { MAX_DECK_FILE_BYTES } from "@/lib/teams/deck-limits";
import { IMPORT_FILE_ACCEPT, IMPORT_FILE_PATTERN, MAX_IMPORT_FILE_BYTES } from "@/lib/interop/import-limits";
import { uploadDeckAction, type UploadDeckResult } from "./actions";
import { formFields } from "@/lib/forms/form-fields";

type Props = { teamId: string; clientRequestId: string };

export function UploadDeckForm({ teamId, clientRequestId }: Props) {
  const t = useTranslations("teamContent");
  const [state, action, pending] = useActionState<UploadDeckResult | null, FormData>(uploadDeckAction, null);
  const [tooLarge, setTooLarge] = useState(false);
  const { failed, formError, error: fieldError, field } = formFields(state, t);
  const problem = failed?.problem ?? null;
  // "content" is the compiler's refusal, shown as the problem itself.
  const error = (name: "title" | "language" | "file") =>
    failed?.fieldErrors[name] === "content" ? undefined : fieldError(name);
  const fileError = tooLarge ? t("errors.fileTooLarge") : error("file");
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="teamId" value={teamId} />
      {/* Made by the page: a double-submitted or retried upload creates one deck. */}
      <input type="hidden" name="clientRequestId" value={clientRequestId} />
      <FormError message={formError} />
      <TextField label={t("deckTitle")} maxLength={120} {...field("title")} />
      <SelectField
        label={t("language")}
        hint={t("languageHint")}
        {...field("language", "zh-CN")}
        error={error("language")}
      >
        <option value="zh-CN">{t("languages.zh-CN")}</option>
        <option value="en">{t("languages.en")}</option>
      </SelectField>
      <Field
        label={t("file")}
        hint={t("fileHint")}
        error={
          problem ? (
            <FileProblem
              testId="content-problem"
              where={
                problem.line
                  ? t("problemAtLine", { file: problem.file, line: problem.line })
                  : t("problemInFile", { file: problem.file })
              }
              message={problem.message}
              note={t("nothingSaved")}
            />
          ) : (
            fileError
          )
        }
      >
        {(control) => (
          <input
            {...control}
            name="file"
            type="file"
            accept={`.md,.markdown,text/markdown,${IMPORT_FILE_ACCEPT}`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              const limit = file && IMPORT_FILE_PATTERN.test(file.name) ? MAX_IMPORT_FILE_BYTES : MAX_DECK_FILE_BYTES;
              setTooLarge((file?.size ?? 0) > limit);
            }}
            className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm file:mr-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-1 aria-invalid:border-red-600 dark:border-stone-600 dark:bg-stone-900 dark:file:bg-stone-800 dark:file:text-stone-100"
          />
        )}
      </Field>
      <Button type="submit" disabled={pending || tooLarge} aria-busy={pending} className="self-start">
        {pending ? t("uploading") : t("upload")}
      </Button>
    </form>
  );
}
