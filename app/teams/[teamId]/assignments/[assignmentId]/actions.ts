"use server";

import type { ActionResult } from "@/lib/forms/action-result";
import { nudgeRequest } from "@/lib/reminders/requests";
import { formAction } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { appUrl } from "@/server/app-url";
import { configuredMailer } from "@/server/reminders/mailer";
import { nudgeMembers } from "@/server/reminders/reminders";

export type NudgeResult = ActionResult<{ reminded: number; skipped: string[]; failed: number }>;

export const nudgeAction = formAction({
  schema: nudgeRequest,
  refuse: (): NudgeResult => ({ ok: false, fieldErrors: {}, formError: "unexpected" }),
  run: async ({ assignmentId }, user): Promise<NudgeResult> => {
    const outcome = await nudgeMembers(db, configuredMailer(), user.id, assignmentId, appUrl(), new Date());
    return outcome.ok ? outcome : { ok: false, fieldErrors: {}, formError: outcome.reason };
  },
});
