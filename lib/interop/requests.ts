import { z } from "zod";
import { IMPORT_FILE_PATTERN, MAX_IMPORT_FILE_BYTES } from "./import-limits";

/** A learner's import: "preview" reads the file and shows it; "import" creates (or updates) their deck. */
export const importDeckRequest = z.object({
  intent: z.enum(["preview", "import"], { message: "unexpected" }),
  keepHistory: z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true"),
  file: z
    .instanceof(File, { message: "fileRequired" })
    .refine((f) => f.size > 0, { message: "fileRequired" })
    .refine((f) => f.size <= MAX_IMPORT_FILE_BYTES, { message: "fileTooLarge" })
    .refine((f) => IMPORT_FILE_PATTERN.test(f.name), { message: "fileType" }),
});

export const deletePersonalDeckRequest = z.object({ deckId: z.string().min(1).max(100) });
