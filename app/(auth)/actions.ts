"use server";

import { getLocale } from "next-intl/server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { noInput, signInRequest, signUpRequest, type SignInFields, type SignUpFields } from "@/lib/auth/requests";
import type { ActionResult } from "@/lib/forms/action-result";
import { publicFormAction, publicSubmitAction, submitAction } from "@/server/actions/action";
import { signIn, signOut, TooManyAttempts } from "@/server/auth/auth";
import { clientAddress, signUpAttempt } from "@/server/auth/throttle";
import { db } from "@/server/db/client";
import { hashPassword } from "@/server/auth/password";
import { createPasswordUser, emailIsTaken, revokeSessions } from "@/server/queries/users";

/** A failed result may say how long to wait: too many recent failures for the account or the client. */
type Throttled = { retryAfterSeconds?: number };
export type SignUpResult = ActionResult<object, SignUpFields> & Throttled;
export type SignInResult = ActionResult<object, SignInFields> & Throttled;

/**
 * A successful sign-in throws Next's redirect, which must propagate; only auth failures become
 * results: false, or the seconds to wait when throttled.
 */
async function signInWithPassword(email: string, password: string, redirectTo: string): Promise<false | number> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return false;
  } catch (error) {
    if (error instanceof TooManyAttempts) return error.retryAfterSeconds;
    if (error instanceof AuthError) return false;
    throw error;
  }
}

const tooManyAttempts = (
  retryAfterSeconds: number,
  values: Record<string, string>,
  formError: "tooManyAttempts" | "tooManySignUps" = "tooManyAttempts",
) => ({
  ok: false as const,
  fieldErrors: {},
  formError,
  retryAfterSeconds,
  values,
});

export const signUpAction = publicFormAction({
  schema: signUpRequest,
  run: async ({ name, email, password, callbackUrl }): Promise<SignUpResult> => {
    const values = { name: name ?? "", email };
    // Asking whether an address has an account is throttled like a wrong password for it, and the
    // client's sign-ups are counted: a taken address stays counted as a failure, a new account as a sign-up.
    const now = new Date();
    const attempt = await signUpAttempt(db, email, clientAddress(await headers()), now);
    if (!attempt.ok) return tooManyAttempts(attempt.retryAfterSeconds, values, "tooManySignUps");
    if (await emailIsTaken(email)) return { ok: false, fieldErrors: { email: "emailTaken" }, values };
    const locale = await getLocale();
    const created = await createPasswordUser({ email, name, passwordHash: await hashPassword(password), locale }, now);
    if (!created) return { ok: false, fieldErrors: { email: "emailTaken" }, values };
    await attempt.succeeded();
    await signInWithPassword(email, password, callbackUrl);
    return { ok: false, fieldErrors: {}, formError: "unexpected", values };
  },
});

export const signInAction = publicFormAction({
  schema: signInRequest,
  run: async ({ email, password, callbackUrl }): Promise<SignInResult> => {
    const wait = await signInWithPassword(email, password, callbackUrl);
    if (wait) return tooManyAttempts(wait, { email });
    return { ok: false, fieldErrors: {}, formError: "wrongCredentials", values: { email } };
  },
});

export const signOutAction = publicSubmitAction({
  schema: noInput,
  run: async () => {
    await signOut({ redirectTo: "/" });
  },
});

/** Ends every session of the caller, on every device. */
export const signOutEverywhereAction = submitAction({
  schema: noInput,
  run: async (_input, user) => {
    await revokeSessions(user.id, new Date());
    await signOut({ redirectTo: "/signin" });
  },
});
