import type { ActionResult } from "./action-result";

type Translate = (key: string) => string;

/**
 * What a form shows of its last result: the form's error, and per field the value to show again
 * and its translated error (the result carries message keys under `errors.`).
 */
export function formFields<Result extends ActionResult<object, string>>(state: Result | null, t: Translate) {
  type Failed = Extract<Result, { ok: false }>;
  type Field = keyof Failed["fieldErrors"] & string;
  const failed = state && !state.ok ? (state as Failed) : null;
  const message = (key: string | undefined) => (key ? t(`errors.${key}`) : undefined);
  const error = (name: Field) => message(failed?.fieldErrors[name] as string | undefined);
  return {
    failed,
    formError: message(failed?.formError),
    error,
    /** A field's name, the value to show (what was sent, else `initial`) and its error. */
    field: (name: Field, initial = "") => ({
      name,
      defaultValue: (failed?.values?.[name] as string | undefined) ?? initial,
      error: error(name),
    }),
  };
}
