"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { formValues } from "@/lib/forms/form-values";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { authorizeTeam } from "@/server/teams/team-access";
import { saveDraft, TEAM_DECK_LANGUAGES, type ContentProblem } from "@/server/teams/team-decks";

type UploadField = "title" | "language" | "file";
type Failure = Extract<ActionResult<object, UploadField>, { ok: false }>;
/** A failure may carry the compiler's problem (file, line, reason), shown next to the file field. */
export type UploadDeckResult = { ok: true } | (Failure & { problem?: ContentProblem });

/** Server actions take bodies up to 1 MB; the form checks this limit in the browser too. */
const MAX_FILE_BYTES = 512 * 1024;

const uploadSchema = z.object({
  title: z.string().trim().min(1, { message: "titleRequired" }).max(120, { message: "titleTooLong" }),
  language: z.enum(TEAM_DECK_LANGUAGES, { message: "language" }),
  file: z
    .instanceof(File, { message: "fileRequired" })
    .refine((f) => f.size > 0, { message: "fileRequired" })
    .refine((f) => f.size <= MAX_FILE_BYTES, { message: "fileTooLarge" })
    .refine((f) => /\.(md|markdown)$/i.test(f.name), { message: "fileType" }),
});
const requestSchema = z.object({ teamId: z.string().min(1).max(100), clientRequestId: z.uuid() });

export async function uploadDeckAction(_prev: UploadDeckResult | null, formData: FormData): Promise<UploadDeckResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, fieldErrors: {}, formError: "unauthenticated" };
  const request = requestSchema.safeParse(formValues(formData, ["teamId", "clientRequestId"]));
  if (!request.success) return { ok: false, fieldErrors: {}, formError: "unexpected" };
  const { teamId, clientRequestId } = request.data;
  const access = await authorizeTeam(db, teamId, user.id, "decks.upload");
  if (!access.ok) return { ok: false, fieldErrors: {}, formError: access.reason };

  const values = formValues(formData, ["title", "language"]);
  const parsed = uploadSchema.safeParse({ ...values, file: formData.get("file") });
  if (!parsed.success) return { ...fieldErrors<UploadField>(parsed.error), values };
  const { title, language, file } = parsed.data;
  const saved = await saveDraft(
    db,
    user.id,
    {
      teamId,
      title,
      language,
      fileName: file.name,
      markdown: new Uint8Array(await file.arrayBuffer()),
      clientRequestId,
    },
    new Date(),
  );
  if (!saved.ok) {
    if (saved.reason === "content")
      return { ok: false, fieldErrors: { file: "content" }, problem: saved.problem, values };
    return { ok: false, fieldErrors: {}, formError: saved.reason };
  }
  redirect(`/teams/${teamId}/decks/${saved.slug}/preview`);
}
