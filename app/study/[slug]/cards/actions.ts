"use server";

import { revalidatePath } from "next/cache";
import { changeCardRequest } from "@/lib/study/requests";
import { submitAction } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { changeCard } from "@/server/study/study-service";

/** Suspend, unsuspend or reset one of the caller's own cards. */
export const changeCardAction = submitAction({
  schema: changeCardRequest,
  run: async ({ userCardId, change, path }, user) => {
    if (await changeCard(db, user.id, userCardId, change, new Date())) revalidatePath(path);
  },
});
