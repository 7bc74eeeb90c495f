"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/forms/action-result";
import { formValues } from "@/lib/forms/form-values";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { authorizeTeam } from "@/server/teams/team-access";
import { publishTeamDeck } from "@/server/teams/team-decks";

const failure = (reason: string) => ({ ok: false as const, fieldErrors: {}, formError: reason });
const publishSchema = z.object({
  teamId: z.string().min(1).max(100),
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .max(200),
});

/** Publishes a team's draft deck; publishing twice (a double click) changes nothing more. */
export async function publishDeckAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return failure("unauthenticated");
  const parsed = publishSchema.safeParse(formValues(formData, ["teamId", "slug"]));
  if (!parsed.success) return failure("not-found");
  const access = await authorizeTeam(db, parsed.data.teamId, user.id, "decks.upload");
  if (!access.ok) return failure(access.reason);
  const published = await publishTeamDeck(db, user.id, parsed.data, new Date());
  if (!published.ok) return failure(published.reason);
  revalidatePath(`/teams/${parsed.data.teamId}`, "layout");
  revalidatePath("/");
  return { ok: true };
}
