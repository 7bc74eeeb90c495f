"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/forms/action-result";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { acceptInvite } from "@/server/teams/invites";

export async function joinTeamAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, fieldErrors: {}, formError: "unauthenticated" };
  const token = String(formData.get("token") ?? "").slice(0, 200);
  const joined = await acceptInvite(db, token, user.id, new Date());
  if (!joined.ok) return { ok: false, fieldErrors: {}, formError: joined.reason };
  redirect(`/teams/${joined.teamId}`);
}
