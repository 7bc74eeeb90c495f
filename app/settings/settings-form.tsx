"use client";

import { useTranslations } from "next-intl";
import { Suspense, useActionState, useEffect, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { FormOutcome } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { formFields } from "@/lib/forms/form-fields";
import { HIGH_RETENTION, type StudySettingsField, type StudySettingsInput } from "@/lib/study/settings";
import { LoadBalancingFields } from "@/components/settings/load-balancing-fields";
import { loadWorkload, saveStudySettings, type SaveSettingsResult } from "./actions";
import { Options } from "@/components/ui/select";
import { SelectField } from "@/components/ui/select-field";
import { WorkloadAdvisor } from "./workload-advisor";

type Balancing = "loadBalancing" | "easyDays";
type Values = Record<Exclude<StudySettingsField, Balancing>, string | number> & Pick<StudySettingsInput, Balancing>;

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function SettingsForm({ initial, timeZones }: { initial: Values; timeZones: string[] }) {
  const t = useTranslations("settings");
  const tWorkload = useTranslations("workload");
  const [state, action, pending] = useActionState<SaveSettingsResult | null, FormData>(saveStudySettings, null);
  const form = formFields(state, t);
  const field = (name: Exclude<StudySettingsField, Balancing>) => ({
    label: t(name),
    ...form.field(name, String(initial[name])),
  });
  const [retention, setRetention] = useState(field("desiredRetention").defaultValue);
  const [zone, setZone] = useState(field("timeZone").defaultValue);
  // "Help me decide" is simulated on the server once the form is shown (not while the page renders):
  // the request starts after mount, on purpose, and the one state update it makes is its promise.
  const [workload, setWorkload] = useState<ReturnType<typeof loadWorkload> | null>(null);
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setWorkload(loadWorkload({})), []);
  const workloadLoading = <p className="text-sm text-stone-500">{tWorkload("loading")}</p>;
  const device = useSyncExternalStore(
    () => () => undefined,
    deviceZone,
    () => null,
  );

  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormOutcome error={form.formError} done={state?.ok ? t("saved") : undefined} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("newPerDay")} inputMode="numeric" />
        <TextField {...field("maxReviewsPerDay")} inputMode="numeric" />
      </div>
      <TextField
        {...field("desiredRetention")}
        defaultValue={undefined}
        inputMode="decimal"
        value={retention}
        onChange={(e) => setRetention(e.target.value)}
        hint={Number(retention) > HIGH_RETENTION ? t("retentionWarning") : t("retentionHint")}
      />
      <Suspense fallback={workloadLoading}>
        {workload ? (
          <WorkloadAdvisor workload={workload} retention={retention} onRetention={setRetention} />
        ) : (
          workloadLoading
        )}
      </Suspense>
      <SelectField
        {...field("timeZone")}
        defaultValue={undefined}
        value={zone}
        onChange={(e) => setZone(e.target.value)}
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
        <Options values={[...new Set([zone, ...timeZones])]} label={(z) => z} />
      </SelectField>
      <TextField {...field("dayStartHour")} inputMode="numeric" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("learningSteps")} hint={t("stepsHint")} />
        <TextField {...field("relearningSteps")} hint={t("stepsHint")} />
      </div>
      <LoadBalancingFields loadBalancing={initial.loadBalancing} easyDays={initial.easyDays} />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
