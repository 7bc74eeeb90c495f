import { describe, expect, it } from "vitest";
import { fieldErrors } from "../forms/action-result";
import { signInSchema, signUpSchema } from "./requests";

describe("sign-up validation", () => {
  it("normalises input", () => {
    expect(signUpSchema.parse({ name: "  ", email: " Ada@Example.com ", password: "12345678x" })).toEqual({
      name: null,
      email: "Ada@Example.com",
      password: "12345678x",
    });
  });
  it("returns one message key per bad field", () => {
    const result = signUpSchema.safeParse({ name: "x".repeat(81), email: "nope", password: "short" });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      ok: false,
      fieldErrors: { name: "nameTooLong", email: "invalidEmail", password: "passwordTooShort" },
    });
  });
});

describe("sign-up refusals", () => {
  const attempt = (fields: { email?: string; password?: string }) =>
    signUpSchema.safeParse({ name: "", email: "ada@example.com", password: "a long passphrase", ...fields });

  it("refuses the most common passwords whatever their case, beside the field", () => {
    for (const password of ["password123", "Password123", "qwertyuiop", "12345678", "iloveyou1"])
      expect(fieldErrors(attempt({ password }).error!).fieldErrors, password).toEqual({
        password: "passwordTooCommon",
      });
    expect(attempt({ password: "correct horse battery" }).success).toBe(true);
  });

  it("caps an email address at 254 characters", () => {
    const local = "a".repeat(64);
    const domain = (length: number) => `${"b".repeat(length - 4)}.com`;
    expect(attempt({ email: `${local}@${domain(254 - 65)}` }).success).toBe(true);
    expect(fieldErrors(attempt({ email: `${local}@${domain(255 - 65)}` }).error!).fieldErrors).toEqual({
      email: "emailTooLong",
    });
    expect(signInSchema.safeParse({ email: "x".repeat(10_000), password: "p" }).error?.issues[0]?.message).toBe(
      "emailTooLong",
    );
  });
});
