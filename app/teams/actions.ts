"use server";

import { redirect } from "next/navigation";
import { fieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { formValues } from "@/lib/forms/form-values";
import { teamNameSchema } from "@/lib/teams/requests";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { createTeam } from "@/server/teams/teams";

export async function createTeamAction(
  _prev: ActionResult<object, "name"> | null,
  formData: FormData,
): Promise<ActionResult<object, "name">> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, fieldErrors: {}, formError: "unauthenticated" };
  const values = formValues(formData, ["name"]);
  const parsed = teamNameSchema.safeParse(values);
  if (!parsed.success) return { ...fieldErrors<"name">(parsed.error), values };
  const team = await createTeam(db, user.id, parsed.data.name, new Date());
  redirect(`/teams/${team.id}`);
}
