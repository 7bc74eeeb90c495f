import { z } from "zod";

const email = z.string().trim().min(1, "required").pipe(z.email("invalidEmail"));

export const signUpSchema = z.object({
  name: z
    .string()
    .trim()
    .max(80, "nameTooLong")
    .transform((name) => name || null),
  email,
  password: z.string().min(8, "passwordTooShort").max(128, "passwordTooLong"),
});

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "required").max(256, "wrongCredentials"),
});

export type SignUpFields = keyof z.input<typeof signUpSchema>;
export type SignInFields = keyof z.input<typeof signInSchema>;
