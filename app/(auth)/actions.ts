"use server";

import { AuthError } from "next-auth";
import { signInSchema, signUpSchema, type SignInFields, type SignUpFields } from "@/lib/auth/credentials";
import { fieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { formValues } from "@/lib/forms/form-values";
import { signIn, signOut } from "@/server/auth/auth";
import { hashPassword } from "@/server/auth/password";
import { getCurrentUser } from "@/server/auth/session";
import { createPasswordUser, emailIsTaken, revokeSessions } from "@/server/queries/users";

export type SignUpResult = ActionResult<object, SignUpFields>;
export type SignInResult = ActionResult<object, SignInFields>;

/** A successful sign-in throws Next's redirect, which must propagate; only auth failures become results. */
async function signInWithPassword(email: string, password: string, redirectTo: string): Promise<boolean> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return true;
  } catch (error) {
    if (error instanceof AuthError) return false;
    throw error;
  }
}

export async function signUpAction(_prev: SignUpResult | null, formData: FormData): Promise<SignUpResult> {
  const input = formValues(formData, ["name", "email", "password"]);
  const values = { name: input.name, email: input.email };
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ...fieldErrors<SignUpFields>(parsed.error), values };
  const { name, email, password } = parsed.data;
  if (await emailIsTaken(email)) return { ok: false, fieldErrors: { email: "emailTaken" }, values };
  const created = await createPasswordUser({ email, name, passwordHash: await hashPassword(password) }, new Date());
  if (!created) return { ok: false, fieldErrors: { email: "emailTaken" }, values };
  await signInWithPassword(email, password, sameOriginPath(String(formData.get("callbackUrl") ?? "/")));
  return { ok: false, fieldErrors: {}, formError: "unexpected", values };
}

export async function signInAction(_prev: SignInResult | null, formData: FormData): Promise<SignInResult> {
  const input = formValues(formData, ["email", "password"]);
  const values = { email: input.email };
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ...fieldErrors<SignInFields>(parsed.error), values };
  const redirectTo = sameOriginPath(String(formData.get("callbackUrl") ?? "/"));
  await signInWithPassword(parsed.data.email, parsed.data.password, redirectTo);
  return { ok: false, fieldErrors: {}, formError: "wrongCredentials", values };
}

/** Only a path on this site: `//evil.example`, `/\\evil.example` and absolute URLs become "/". */
function sameOriginPath(candidate: string): string {
  const base = "http://same.invalid";
  try {
    const url = new URL(candidate, base);
    return url.origin === base && candidate.startsWith("/") ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

/** Ends every session of the caller, on every device. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await revokeSessions(user.id, new Date());
  await signOut({ redirectTo: "/signin" });
}
