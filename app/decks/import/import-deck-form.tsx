"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { ImportPreview } from "@/components/import-preview";
import { Button } from "@/components/ui/button";
import { FileProblem } from "@/components/ui/file-problem";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { formFields } from "@/lib/forms/form-fields";
import { IMPORT_FILE_ACCEPT, MAX_IMPORT_FILE_BYTES } from "@/lib/interop/import-limits";
import type { ImportDeckResult } from "./actions";

type Props = { action: (previous: ImportDeckResult | null, formData: FormData) => Promise<ImportDeckResult> };

/**
 * Choose a file, preview it, then create (or update) the deck from the same file. The form is sent
 * from its submit handler, not as a form action, so that the chosen file stays chosen after the preview.
 */
export function ImportDeckForm({ action }: Props) {
  const t = useTranslations("deckImport");
  const [state, dispatch, pending] = useActionState<ImportDeckResult | null, FormData>(action, null);
  const [tooLarge, setTooLarge] = useState(false);
  // A preview is of the file chosen when it was asked for: choosing another file hides it.
  const [fileVersion, setFileVersion] = useState(0);
  const [sentVersion, setSentVersion] = useState(0);
  const [intent, setIntent] = useState<"preview" | "import">("preview");
  const { failed, formError, error } = formFields(state, t);
  const problem = failed?.problem ?? null;
  const preview = state?.ok && sentVersion === fileVersion ? state.preview : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (tooLarge) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    setIntent(data.get("intent") === "import" ? "import" : "preview");
    setSentVersion(fileVersion);
    startTransition(async () => {
      dispatch(data);
    });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <FormError message={formError} />
      <Field
        label={t("file")}
        hint={t("fileHint")}
        error={
          problem ? (
            <FileProblem
              testId="import-problem"
              where={
                problem.line
                  ? t("atLine", { file: problem.file, line: problem.line })
                  : t("inFile", { file: problem.file })
              }
              message={problem.message}
              note={t("nothingSaved")}
            />
          ) : tooLarge ? (
            t("errors.fileTooLarge")
          ) : failed?.fieldErrors.file === "content" ? undefined : (
            error("file")
          )
        }
      >
        {(control) => (
          <input
            {...control}
            name="file"
            type="file"
            accept={IMPORT_FILE_ACCEPT}
            onChange={(e) => {
              setTooLarge((e.target.files?.[0]?.size ?? 0) > MAX_IMPORT_FILE_BYTES);
              setFileVersion((v) => v + 1);
            }}
            className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm file:mr-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-1 aria-invalid:border-red-600 dark:border-stone-600 dark:bg-stone-900 dark:file:bg-stone-800 dark:file:text-stone-100"
          />
        )}
      </Field>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="keepHistory" defaultChecked className="mt-0.5 size-4 accent-teal-700" />
        <span className="flex flex-col">
          <span className="font-medium">{t("keepHistory")}</span>
          <span className="text-xs text-stone-500 dark:text-stone-400">{t("keepHistoryHint")}</span>
        </span>
      </label>
      <div className="flex flex-wrap gap-2">
        <Button
          type="submit"
          name="intent"
          value="preview"
          variant={preview ? "secondary" : "primary"}
          disabled={pending || tooLarge}
          aria-busy={pending && intent === "preview"}
        >
          {pending && intent === "preview" ? t("previewing") : t("preview")}
        </Button>
        {preview && (
          <Button
            type="submit"
            name="intent"
            value="import"
            disabled={pending}
            aria-busy={pending && intent === "import"}
          >
            {pending && intent === "import" ? t("importing") : preview.existing ? t("update") : t("create")}
          </Button>
        )}
      </div>
      {state?.ok && !preview && <p className="text-sm">{t("otherFile")}</p>}
      {preview && <ImportPreview preview={preview} />}
    </form>
  );
}
