"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/forms/action-result";
import { joinTeamRequest } from "@/lib/teams/requests";
import { formAction } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { acceptInvite } from "@/server/teams/invites";

export const joinTeamAction = formAction({
  schema: joinTeamRequest,
  refuse: (refusal): ActionResult => ({
    ok: false,
    fieldErrors: {},
    formError: refusal.reason === "unauthenticated" ? "unauthenticated" : "unknown",
  }),
  run: async ({ token }, user): Promise<ActionResult> => {
    const joined = await acceptInvite(db, token, user.id, new Date());
    if (!joined.ok) return { ok: false, fieldErrors: {}, formError: joined.reason };
    // The team page says "You joined …" once, for this redirect.
    redirect(`/teams/${joined.teamId}?joined=1`);
  },
});
