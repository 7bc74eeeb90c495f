"use server";

import { revalidatePath } from "next/cache";
import { createCalendarFeedRequest, resetCalendarFeedRequest } from "@/lib/calendar/requests";
import type { ActionResult } from "@/lib/forms/action-result";
import { formAction } from "@/server/actions/action";
import { createCalendarFeed, resetCalendarFeed } from "@/server/calendar/calendar-feed";
import { db } from "@/server/db/client";

const failure = (reason: string): ActionResult => ({ ok: false, fieldErrors: {}, formError: reason });

/** The account page shows the new link. */
function shown(outcome: { ok: true } | { ok: false; reason: string }): ActionResult {
  if (!outcome.ok) return failure(outcome.reason);
  revalidatePath("/account");
  return { ok: true };
}

export const createCalendarFeedAction = formAction({
  schema: createCalendarFeedRequest,
  refuse: (): ActionResult => failure("unexpected"),
  run: async (_input, user) => shown(await createCalendarFeed(db, user.id, new Date())),
});

export const resetCalendarFeedAction = formAction({
  schema: resetCalendarFeedRequest,
  refuse: (): ActionResult => failure("unexpected"),
  run: async ({ token }, user) => shown(await resetCalendarFeed(db, user.id, token, new Date())),
});
