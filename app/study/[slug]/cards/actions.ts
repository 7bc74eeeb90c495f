"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { changeCard } from "@/server/study/study-service";

const changeSchema = z.object({
  userCardId: z.string().min(1).max(64),
  change: z.enum(["suspend", "unsuspend", "reset"]),
  path: z.string().regex(/^\/study\/[a-z0-9-]+\/cards$/),
});

/** Suspend, unsuspend or reset one of the caller's own cards. */
export async function changeCardAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  const parsed = changeSchema.safeParse(Object.fromEntries(formData));
  if (!user || !parsed.success) return;
  if (await changeCard(db, user.id, parsed.data.userCardId, parsed.data.change, new Date()))
    revalidatePath(parsed.data.path);
}
