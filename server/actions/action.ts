// The one way to write a server action, as `withLearner` is for route handlers: the input is
// checked against a schema from lib/*/requests.ts, then the session, then the service runs (and
// authorizes: an action never checks a team role or reads data of its own) and its typed result
// is returned. server/actions/actions.test.ts fails on an exported action made any other way.
import "server-only";
import type { z } from "zod";
import { fieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { getCurrentUser, type CurrentUser } from "@/server/auth/session";

/** Why an action did not run its service: no session, or input the schema refused. */
export type Refusal =
  { reason: "unauthenticated" } | { reason: "invalid"; error: z.ZodError; values: Record<string, string> };

type Spec<S extends z.ZodType, R> = {
  schema: S;
  run: (input: z.output<S>, user: CurrentUser) => Promise<R>;
  refuse: (refusal: Refusal) => R;
};
type FormSpec<S extends z.ZodType, R> = Omit<Spec<S, R>, "refuse"> & Partial<Pick<Spec<S, R>, "refuse">>;
/** For the few actions signed-out visitors use (sign-in, sign-up, language): no session, no user. */
type PublicSpec<S extends z.ZodType, R> = Omit<FormSpec<S, R>, "run"> & { run: (input: z.output<S>) => Promise<R> };

function wrap<Args extends unknown[], S extends z.ZodType, R>(
  session: boolean,
  spec: Spec<S, R>,
  read: (...args: Args) => unknown,
): (...args: Args) => Promise<R> {
  return async (...args: Args) => {
    const user = session ? await getCurrentUser() : null;
    if (session && !user) return spec.refuse({ reason: "unauthenticated" });
    const raw = read(...args);
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) return spec.refuse({ reason: "invalid", error: parsed.error, values: echoed(raw) });
    return spec.run(parsed.data, user!);
  };
}

type FormResult = ActionResult<object, string>;

/** The usual refusal of a form: "unauthenticated", or the schema's message key per field with the values sent. */
export function formRefusal(refusal: Refusal): Extract<FormResult, { ok: false }> {
  if (refusal.reason === "unauthenticated") return { ok: false, fieldErrors: {}, formError: "unauthenticated" };
  return { ...fieldErrors(refusal.error), values: refusal.values };
}

function fromForm<S extends z.ZodType, R>(session: boolean, spec: FormSpec<S, R>) {
  const refuse = spec.refuse ?? ((refusal: Refusal) => formRefusal(refusal) as R);
  return wrap(session, { ...spec, refuse }, (_previous: R | null, formData: FormData) =>
    formInput(spec.schema, formData),
  );
}

/** A form action for `useActionState`: `(previous result, form data) => result`. */
export function formAction<S extends z.ZodType, R extends FormResult>(
  spec: FormSpec<S, R>,
): (previous: R | null, formData: FormData) => Promise<R> {
  return fromForm(true, spec);
}

export function publicFormAction<S extends z.ZodType, R extends FormResult>(
  spec: PublicSpec<S, R>,
): (previous: R | null, formData: FormData) => Promise<R> {
  return fromForm(false, spec);
}

/** A plain `<form action>` with nothing to report back (a refused request changes nothing). */
export function submitAction<S extends z.ZodType>(
  spec: Omit<Spec<S, void>, "refuse">,
): (formData: FormData) => Promise<void> {
  return wrap(true, { ...spec, refuse: () => undefined }, (formData: FormData) => formInput(spec.schema, formData));
}

export function publicSubmitAction<S extends z.ZodType>(
  spec: Omit<PublicSpec<S, void>, "refuse">,
): (formData: FormData) => Promise<void> {
  return wrap(false, { ...spec, refuse: () => undefined }, (formData: FormData) => formInput(spec.schema, formData));
}

/** An action the browser calls with a value (not a form). */
export function callAction<S extends z.ZodType, R>(spec: Spec<S, R>): (input: z.input<S>) => Promise<R> {
  return wrap(true, spec, (input: z.input<S>) => input);
}

/**
 * The form's fields as the schema names them: a string each ("" when missing), every value of an
 * array field, a file as it came.
 */
function formInput(schema: z.ZodType, formData: FormData): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fieldsOf(schema)).map(([name, field]) => {
      const values = formData.getAll(name);
      if (field.def.type === "array") return [name, values.map(String)];
      return [name, values[0] ?? ""];
    }),
  );
}

function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> {
  if ("shape" in schema) return schema.shape as Record<string, z.ZodType>;
  if ("options" in schema) return Object.assign({}, ...(schema.options as z.ZodType[]).map(fieldsOf));
  return {};
}

/** What the form sent, to show again next to its errors (never a password or a file). */
function echoed(raw: unknown): Record<string, string> {
  if (typeof raw !== "object" || raw === null) return {};
  return Object.fromEntries(
    Object.entries(raw).filter(([name, value]) => typeof value === "string" && !/password/i.test(name)),
  );
}
