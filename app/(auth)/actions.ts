"use server";

import { AuthError } from "next-auth";
import { noInput, signInRequest, signUpRequest, type SignInFields, type SignUpFields } from "@/lib/auth/requests";
import type { ActionResult } from "@/lib/forms/action-result";
import { publicFormAction, publicSubmitAction, submitAction } from "@/server/actions/action";
import { signIn, signOut } from "@/server/auth/auth";
import { hashPassword } from "@/server/auth/password";
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

export const signUpAction = publicFormAction({
  schema: signUpRequest,
  run: async ({ name, email, password, callbackUrl }): Promise<SignUpResult> => {
    const values = { name: name ?? "", email };
    if (await emailIsTaken(email)) return { ok: false, fieldErrors: { email: "emailTaken" }, values };
    const created = await createPasswordUser({ email, name, passwordHash: await hashPassword(password) }, new Date());
    if (!created) return { ok: false, fieldErrors: { email: "emailTaken" }, values };
    await signInWithPassword(email, password, callbackUrl);
    return { ok: false, fieldErrors: {}, formError: "unexpected", values };
  },
});

export const signInAction = publicFormAction({
  schema: signInRequest,
  run: async ({ email, password, callbackUrl }): Promise<SignInResult> => {
    await signInWithPassword(email, password, callbackUrl);
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
