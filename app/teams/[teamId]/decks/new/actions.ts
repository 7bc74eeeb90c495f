"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/forms/action-result";
import { uploadDeckRequest } from "@/lib/teams/requests";
import { formAction } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { saveDraft, type ContentProblem } from "@/server/teams/team-decks";

type UploadField = "title" | "language" | "file";
type Failure = Extract<ActionResult<object, UploadField>, { ok: false }>;
/** A failure may carry the compiler's problem (file, line, reason), shown next to the file field. */
export type UploadDeckResult = { ok: true } | (Failure & { problem?: ContentProblem });

export const uploadDeckAction = formAction({
  schema: uploadDeckRequest,
  run: async ({ file, ...input }, user): Promise<UploadDeckResult> => {
    const markdown = new Uint8Array(await file.arrayBuffer());
    const saved = await saveDraft(db, user.id, { ...input, fileName: file.name, markdown }, new Date());
    const values = { title: input.title, language: input.language };
    if (saved.ok) redirect(`/teams/${input.teamId}/decks/${saved.slug}/preview`);
    if (saved.reason === "content")
      return { ok: false, fieldErrors: { file: "content" }, problem: saved.problem, values };
    return { ok: false, fieldErrors: {}, formError: saved.reason };
  },
});
