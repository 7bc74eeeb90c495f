import { z } from "zod";
import { isCommonPassword } from "./common-passwords";
import { MAX_EMAIL_LENGTH } from "./email";
const email = z.string().trim().min(1, "required").max(MAX_EMAIL_LENGTH, "emailTooLong").pipe(z.email("invalidEmail"));

export const signUpSchema = z.object({
  name: z
    .string()
    .trim()
    .max(80, "nameTooLong")
    .transform((name) => name || null),
  email,
  password: z
    .string()
    .min(8, "passwordTooShort")
    .max(128, "passwordTooLong")
    .refine((p) => !isCommonPassword(p), "passwordTooCommon"),
});

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "required").max(256, "wrongCredentials"),
});

export type SignUpFields = keyof z.input<typeof signUpSchema>;
export type SignInFields = keyof z.input<typeof signInSchema>;

/** Only a path on this site: `//evil.example`, `/\\evil.example` and absolute URLs become "/". */
export function sameOriginPath(candidate: string): string {
  const base = "http://same.invalid";
  try {
    const url = new URL(candidate, base);
    return url.origin === base && candidate.startsWith("/") ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}

/** Where to go after signing in: a path on this site, "/" by default. */
const callbackUrl = z
  .string()
  .max(2000)
  .optional()
  .transform((url) => sameOriginPath(url || "/"));

export const signUpRequest = signUpSchema.extend({ callbackUrl });
export const signInRequest = signInSchema.extend({ callbackUrl });
export const providerRequest = z.object({ provider: z.string().min(1).max(50) });
export const noInput = z.object({});
