"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/forms/action-result";
import { optimizeRequestSchema } from "@/lib/study/fsrs/requests";
import { formAction } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { optimizeParameters, type OptimizeOutcome } from "@/server/study/fsrs-parameters";

export type OptimizeResult = ActionResult<{ outcome: OptimizeOutcome }>;

export const optimizeFsrsParameters = formAction({
  schema: optimizeRequestSchema,
  run: async (_input, user): Promise<OptimizeResult> => {
    const outcome = await optimizeParameters(db, user.id, new Date());
    revalidatePath("/settings");
    return { ok: true, outcome };
  },
});
