"use server";

import { fieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { formValues } from "@/lib/forms/form-values";
import { studySettingsSchema, type StudySettingsField } from "@/lib/study/settings";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { saveLearnerSettings } from "@/server/study/study-service";

export type SaveSettingsResult = ActionResult<object, StudySettingsField>;

const FIELDS: StudySettingsField[] = [
  "newPerDay",
  "maxReviewsPerDay",
  "desiredRetention",
  "timeZone",
  "dayStartHour",
  "learningSteps",
  "relearningSteps",
];

export async function saveStudySettings(
  _prev: SaveSettingsResult | null,
  formData: FormData,
): Promise<SaveSettingsResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, fieldErrors: {}, formError: "unauthenticated" };
  const values = formValues(formData, FIELDS);
  const parsed = studySettingsSchema.safeParse(values);
  if (!parsed.success) return { ...fieldErrors<StudySettingsField>(parsed.error), values };
  await saveLearnerSettings(db, user.id, parsed.data, new Date());
  return { ok: true };
}
