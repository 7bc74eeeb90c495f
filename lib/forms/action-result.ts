import type { z } from "zod";

/** What every server action returns. Error strings are message keys, translated where shown. */
export type ActionResult<Data extends object = object, Field extends string = string> =
  | ({ ok: true } & Data)
  | {
      ok: false;
      fieldErrors: Partial<Record<Field, string>>;
      formError?: string;
      values?: Partial<Record<Field, string>>;
    };

export function fieldErrors<Field extends string>(
  error: z.ZodError,
): { ok: false; fieldErrors: Partial<Record<Field, string>> } {
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form") as Field;
    errors[field] ??= issue.message;
  }
  return { ok: false, fieldErrors: errors };
}
