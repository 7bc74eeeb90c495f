"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { uploadDeckAction, type UploadDeckResult } from "./actions";

// Keep in step with the action's limit (server action bodies are capped at 1 MB).
const MAX_FILE_BYTES = 512 * 1024;

type Props = { teamId: string; clientRequestId: string };

export function UploadDeckForm({ teamId, clientRequestId }: Props) {
  const t = useTranslations("teamContent");
  const [state, action, pending] = useActionState<UploadDeckResult | null, FormData>(uploadDeckAction, null);
  const [tooLarge, setTooLarge] = useState(false);
  const failed = state && !state.ok ? state : null;
  const problem = failed?.problem ?? null;
  const error = (field: "title" | "language" | "file") => {
    const key = failed?.fieldErrors[field];
    return key && key !== "content" ? t(`errors.${key}`) : undefined;
  };
  const fileError = tooLarge ? t("errors.fileTooLarge") : error("file");
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="teamId" value={teamId} />
      {/* Made by the page: a double-submitted or retried upload creates one deck. */}
      <input type="hidden" name="clientRequestId" value={clientRequestId} />
      <FormError message={failed?.formError ? t(`errors.${failed.formError}`) : undefined} />
      <TextField
        label={t("deckTitle")}
        name="title"
        defaultValue={failed?.values?.title ?? ""}
        maxLength={120}
        error={error("title")}
      />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="deck-language" className="text-sm font-medium text-stone-800 dark:text-stone-200">
          {t("language")}
        </label>
        <select
          id="deck-language"
          name="language"
          defaultValue={failed?.values?.language ?? "zh-CN"}
          aria-invalid={error("language") ? true : undefined}
          aria-describedby={error("language") ? "deck-language-error" : "deck-language-hint"}
          className="min-h-10 rounded-lg border border-stone-300 bg-white px-3 dark:border-stone-600 dark:bg-stone-900"
        >
          <option value="zh-CN">{t("languages.zh-CN")}</option>
          <option value="en">{t("languages.en")}</option>
        </select>
        {error("language") ? (
          <p id="deck-language-error" className="text-sm text-red-700 dark:text-red-400">
            {error("language")}
          </p>
        ) : (
          <p id="deck-language-hint" className="text-xs text-stone-500 dark:text-stone-400">
            {t("languageHint")}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="deck-file" className="text-sm font-medium text-stone-800 dark:text-stone-200">
          {t("file")}
        </label>
        <input
          id="deck-file"
          name="file"
          type="file"
          accept=".md,.markdown,text/markdown"
          onChange={(e) => setTooLarge((e.target.files?.[0]?.size ?? 0) > MAX_FILE_BYTES)}
          aria-invalid={fileError || problem ? true : undefined}
          aria-describedby={fileError || problem ? "deck-file-error" : "deck-file-hint"}
          className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm file:mr-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-1 aria-invalid:border-red-600 dark:border-stone-600 dark:bg-stone-900 dark:file:bg-stone-800 dark:file:text-stone-100"
        />
        {problem ? (
          <div
            id="deck-file-error"
            role="alert"
            className="flex flex-col gap-1 text-sm text-red-700 dark:text-red-400"
            data-testid="content-problem"
          >
            <p className="font-medium">
              {problem.line
                ? t("problemAtLine", { file: problem.file, line: problem.line })
                : t("problemInFile", { file: problem.file })}
            </p>
            <p className="font-mono text-xs" lang="en">
              {problem.message}
            </p>
            <p className="text-stone-600 dark:text-stone-400">{t("nothingSaved")}</p>
          </div>
        ) : fileError ? (
          <p id="deck-file-error" className="text-sm text-red-700 dark:text-red-400">
            {fileError}
          </p>
        ) : (
          <p id="deck-file-hint" className="text-xs text-stone-500 dark:text-stone-400">
            {t("fileHint")}
          </p>
        )}
      </div>
      <Button type="submit" disabled={pending || tooLarge} aria-busy={pending} className="self-start">
        {pending ? t("uploading") : t("upload")}
      </Button>
    </form>
  );
}
