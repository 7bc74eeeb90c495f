"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/forms/action-result";
import { teamNameSchema } from "@/lib/teams/requests";
import { formAction } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { createTeam } from "@/server/teams/teams";

export const createTeamAction = formAction({
  schema: teamNameSchema,
  run: async ({ name }, user): Promise<ActionResult<object, "name">> => {
    const team = await createTeam(db, user.id, name, new Date());
    redirect(`/teams/${team.id}`);
  },
});
