"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/forms/action-result";
import { studySettingsSchema } from "@/lib/study/requests";
import type { StudySettingsField } from "@/lib/study/settings";
import { formAction } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { saveLearnerSettings } from "@/server/study/study-service";

export type SaveSettingsResult = ActionResult<object, StudySettingsField>;

export const saveStudySettings = formAction({
  schema: studySettingsSchema,
  run: async (settings, user): Promise<SaveSettingsResult> => {
    await saveLearnerSettings(db, user.id, settings, new Date());
    // The form resets after a save: to the saved values, not to those the page was loaded with.
    revalidatePath("/settings");
    return { ok: true };
  },
});
