"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/forms/action-result";
import { studySettingsSchema, workloadRequestSchema } from "@/lib/study/requests";
import type { StudySettingsField } from "@/lib/study/settings";
import { callAction, formAction } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { saveLearnerSettings } from "@/server/study/study-service";
import { learnerWorkload, type LearnerWorkload } from "@/server/study/workload";

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

/**
 * "Help me decide", simulated on the learner's cards: asked for by the page once it is shown, as its
 * few hundred milliseconds for a big collection would otherwise hold up the whole page.
 */
export const loadWorkload = callAction({
  schema: workloadRequestSchema,
  run: (_input, user): Promise<LearnerWorkload | null> => learnerWorkload(db, user.id, new Date()),
  refuse: () => null,
});
