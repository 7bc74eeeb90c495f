"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { HIGH_RETENTION, type StudySettingsField } from "@/lib/study/settings";
import { saveStudySettings, type SaveSettingsResult } from "./actions";
import { SelectField } from "@/components/ui/select-field";

type Values = Record<StudySettingsField, string | number>;

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function SettingsForm({ initial, timeZones }: { initial: Values; timeZones: string[] }) {
  const t = useTranslations("settings");
  const [state, action, pending] = useActionState<SaveSettingsResult | null, FormData>(saveStudySettings, null);
  const failed = state && !state.ok ? state : null;
  const value = (field: StudySettingsField) => String(failed?.values?.[field] ?? initial[field]);
  const error = (field: StudySettingsField) =>
    failed?.fieldErrors[field] ? t(`errors.${failed.fieldErrors[field]}`) : undefined;
  const [retention, setRetention] = useState(value("desiredRetention"));
  const [zone, setZone] = useState(value("timeZone"));
  const device = useSyncExternalStore(
    () => () => undefined,
    deviceZone,
    () => null,
  );

  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={failed?.formError ? t(`errors.${failed.formError}`) : undefined} />
      {state?.ok && (
        <p role="status" className="text-sm text-teal-800 dark:text-teal-300">
          {t("saved")}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("newPerDay")}
          name="newPerDay"
          inputMode="numeric"
          defaultValue={value("newPerDay")}
          error={error("newPerDay")}
        />
        <TextField
          label={t("maxReviewsPerDay")}
          name="maxReviewsPerDay"
          inputMode="numeric"
          defaultValue={value("maxReviewsPerDay")}
          error={error("maxReviewsPerDay")}
        />
      </div>
      <TextField
        label={t("desiredRetention")}
        name="desiredRetention"
        inputMode="decimal"
        value={retention}
        onChange={(e) => setRetention(e.target.value)}
        hint={Number(retention) > HIGH_RETENTION ? t("retentionWarning") : t("retentionHint")}
        error={error("desiredRetention")}
      />
      <SelectField
        label={t("timeZone")}
        name="timeZone"
        value={zone}
        onChange={(e) => setZone(e.target.value)}
        error={error("timeZone")}
        after={
          device &&
          device !== zone && (
            <button
              type="button"
              onClick={() => setZone(device)}
              className="self-start text-sm text-teal-800 underline dark:text-teal-300"
            >
              {t("useDeviceZone", { zone: device })}
            </button>
          )
        }
      >
        {[...new Set([zone, ...timeZones])].map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("dayStartHour")}
        name="dayStartHour"
        inputMode="numeric"
        defaultValue={value("dayStartHour")}
        error={error("dayStartHour")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("learningSteps")}
          name="learningSteps"
          defaultValue={value("learningSteps")}
          hint={t("stepsHint")}
          error={error("learningSteps")}
        />
        <TextField
          label={t("relearningSteps")}
          name="relearningSteps"
          defaultValue={value("relearningSteps")}
          hint={t("stepsHint")}
          error={error("relearningSteps")}
        />
      </div>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
