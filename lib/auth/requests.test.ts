import { describe, expect, it } from "vitest";
import { fieldErrors } from "../forms/action-result";
import { signUpSchema } from "./requests";

describe("sign-up validation", () => {
  it("normalises input", () => {
    expect(signUpSchema.parse({ name: "  ", email: " Ada@Example.com ", password: "12345678" })).toEqual({
      name: null,
      email: "Ada@Example.com",
      password: "12345678",
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
