"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/forms/action-result";
import { deletePersonalDeckRequest, importDeckRequest } from "@/lib/interop/requests";
import { formAction, type Refusal } from "@/server/actions/action";
import { db } from "@/server/db/client";
import type { ImportPreview } from "@/lib/interop/import-preview";
import { deletePersonalDeck, importPersonalDeck, previewImport } from "@/server/interop/personal-decks";
import type { ContentProblem } from "@/server/teams/team-decks";

type Failure = Extract<ActionResult<object, "file">, { ok: false }>;
/** A preview to show, or why the file was refused (with the reader's problem: file, line, reason). */
export type ImportDeckResult = { ok: true; preview: ImportPreview } | (Failure & { problem?: ContentProblem });

/** Previews an import file, or imports it into the learner's own deck and opens that deck. */
export const importDeckAction = formAction({
  schema: importDeckRequest,
  run: async ({ intent, file, keepHistory }, user): Promise<ImportDeckResult> => {
    const source = { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), keepHistory };
    const now = new Date();
    const done =
      intent === "preview"
        ? await previewImport(db, user.id, source, now)
        : await importPersonalDeck(db, user.id, source, now);
    if (done.ok && "preview" in done) return done;
    if (done.ok) {
      revalidatePath("/");
      redirect(`/decks/${done.slug}`);
    }
    if (done.reason === "content") return { ok: false, fieldErrors: { file: "content" }, problem: done.problem };
    return { ok: false, fieldErrors: {}, formError: done.reason };
  },
});

const failure = (reason: string): ActionResult => ({ ok: false, fieldErrors: {}, formError: reason });

/** The owner deletes their personal deck, then goes home; anyone else is told it does not exist. */
export const deletePersonalDeckAction = formAction({
  schema: deletePersonalDeckRequest,
  refuse: (refusal: Refusal) => failure(refusal.reason === "invalid" ? "not-found" : refusal.reason),
  run: async ({ deckId }, user) => {
    const deleted = await deletePersonalDeck(db, user.id, deckId, new Date());
    if (!deleted.ok) return failure(deleted.reason);
    revalidatePath("/");
    redirect("/");
  },
});
