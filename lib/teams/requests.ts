import { z } from "zod";
import { TEAM_ROLES } from "./permissions";

export const teamNameSchema = z.object({
  name: z.string().trim().min(1, { message: "nameRequired" }).max(80, { message: "nameTooLong" }),
});

export const inviteSchema = z.object({
  expiresInDays: z.coerce
    .number({ message: "expiresInDays" })
    .int({ message: "expiresInDays" })
    .min(1, { message: "expiresInDays" })
    .max(30, { message: "expiresInDays" }),
  maxUses: z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 1000) {
        ctx.addIssue({ code: "custom", message: "maxUses" });
        return z.NEVER;
      }
      return n;
    }),
});

export const roleSchema = z.object({ memberId: z.string().min(1).max(100), role: z.enum(TEAM_ROLES) });

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

export const assignmentSchema = z
  .object({
    deck: z.string().min(1, { message: "deck" }).max(200, { message: "deck" }),
    topic: z
      .string()
      .trim()
      .max(300, { message: "topic" })
      .optional()
      .transform((t) => (t ? t : null)),
    dueDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "dueDate" })
      .refine(isCalendarDate, { message: "dueDate" }),
    requireStudy: checkbox,
    minRecall: z.coerce
      .number({ message: "minRecall" })
      .min(0.5, { message: "minRecall" })
      .max(0.99, { message: "minRecall" }),
    requireQuiz: checkbox,
    passPercent: z.coerce
      .number({ message: "passPercent" })
      .int({ message: "passPercent" })
      .min(1, { message: "passPercent" })
      .max(100, { message: "passPercent" }),
    members: z.array(z.string().min(1).max(100)).max(500, { message: "members" }),
    everyone: checkbox,
    clientRequestId: z.uuid({ message: "unexpected" }),
  })
  .refine((a) => a.requireStudy || a.requireQuiz, { path: ["requireStudy"], message: "ruleRequired" })
  .refine((a) => a.everyone || a.members.length > 0, { path: ["members"], message: "membersRequired" });

/** "2026-02-31" is not a date, although it has the shape of one. */
function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
