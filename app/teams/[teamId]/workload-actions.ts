"use server";

import { workloadPreviewRequest } from "@/lib/teams/requests";
import { callAction } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { assignmentWorkloadPreview, type WorkloadPreview } from "@/server/teams/workload-preview";

/** Each member's expected minutes a day until the due date, for the assignment form before saving. */
export const previewWorkloadAction = callAction({
  schema: workloadPreviewRequest,
  refuse: (): WorkloadPreview => ({ ok: false, reason: "forbidden" }),
  run: (input, user) => assignmentWorkloadPreview(db, user.id, input, new Date()),
});
