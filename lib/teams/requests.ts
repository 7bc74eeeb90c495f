import { z } from "zod";
import { IMPORT_FILE_PATTERN, MAX_IMPORT_FILE_BYTES } from "@/lib/interop/import-limits";
import { MAX_DECK_FILE_BYTES } from "./deck-limits";
import { TEAM_ROLES } from "./permissions";

const id = z.string().min(1).max(100);
/** Every team action names its team; the service checks the caller's role in it. */
const inTeam = { teamId: id };

export const teamNameSchema = z.object({
  name: z.string().trim().min(1, { message: "nameRequired" }).max(80, { message: "nameTooLong" }),
});

export const inviteSchema = z.object({
  ...inTeam,
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

export const roleSchema = z.object({ ...inTeam, memberId: id, role: z.enum(TEAM_ROLES) });
export const removeMemberRequest = z.object({ ...inTeam, memberId: id });
export const revokeInviteRequest = z.object({ ...inTeam, inviteId: id });
export const joinTeamRequest = z.object({ token: z.string().min(1).max(200) });

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

/**
 * A whole percentage, or null when none was sent: the form leaves out the threshold of a rule that
 * is off, and a rule that is on must have one (checked on the whole request).
 */
function optionalPercent(message: string, min: number, max: number) {
  return z.preprocess(
    (value) => (value === undefined || value === "" ? null : value),
    z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message }).nullable(),
  );
}

export const assignmentSchema = z
  .object({
    ...inTeam,
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
    /** Entered as a percentage (85), kept as a probability (0.85). */
    minRecall: optionalPercent("minRecall", 50, 99).transform((percent) => (percent === null ? null : percent / 100)),
    requireQuiz: checkbox,
    passPercent: optionalPercent("passPercent", 1, 100),
    members: z.array(id).max(500, { message: "members" }),
    everyone: checkbox,
    clientRequestId: z.uuid({ message: "unexpected" }),
  })
  .refine((a) => a.requireStudy || a.requireQuiz, { path: ["requireStudy"], message: "ruleRequired" })
  .refine((a) => !a.requireStudy || a.minRecall !== null, { path: ["minRecall"], message: "minRecall" })
  .refine((a) => !a.requireQuiz || a.passPercent !== null, { path: ["passPercent"], message: "passPercent" })
  .refine((a) => a.everyone || a.members.length > 0, { path: ["members"], message: "membersRequired" });

export type AssignmentRequest = z.output<typeof assignmentSchema>;

export const TEAM_DECK_LANGUAGES = ["zh-CN", "en"] as const;
export type TeamDeckLanguage = (typeof TEAM_DECK_LANGUAGES)[number];

export const uploadDeckRequest = z.object({
  ...inTeam,
  clientRequestId: z.uuid({ message: "unexpected" }),
  title: z.string().trim().min(1, { message: "titleRequired" }).max(120, { message: "titleTooLong" }),
  language: z.enum(TEAM_DECK_LANGUAGES, { message: "language" }),
  file: z
    .instanceof(File, { message: "fileRequired" })
    .refine((f) => f.size > 0, { message: "fileRequired" })
    .refine((f) => f.size <= (IMPORT_FILE_PATTERN.test(f.name) ? MAX_IMPORT_FILE_BYTES : MAX_DECK_FILE_BYTES), {
      message: "fileTooLarge",
    })
    .refine((f) => /\.(md|markdown)$/i.test(f.name) || IMPORT_FILE_PATTERN.test(f.name), { message: "fileType" }),
});

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/)
  .max(200);
export const publishDeckRequest = z.object({ ...inTeam, slug });
export const deleteDeckRequest = z.object({ ...inTeam, slug });

export const REPORT_ITEM_KINDS = ["card", "question"] as const;
export type ReportItemKind = (typeof REPORT_ITEM_KINDS)[number];
export const REPORT_MESSAGE_MAX = 1000;

export const reportProblemRequest = z.object({
  deckId: id,
  itemKind: z.enum(REPORT_ITEM_KINDS),
  itemId: z.string().min(1).max(300),
  message: z
    .string()
    .trim()
    .min(1, { message: "messageRequired" })
    .max(REPORT_MESSAGE_MAX, { message: "messageTooLong" }),
  clientRequestId: z.uuid(),
});

const report = { ...inTeam, reportId: id };
export const resolveReportRequest = z.object({ ...report, action: z.enum(["hide", "dismiss"]) });

const text = (max: number) => z.string().trim().min(1, { message: "required" }).max(max, { message: "tooLong" });
/** An admin's correction of a reported card or question; the three wrong options become the distractors. */
export const editReportedItemRequest = z.discriminatedUnion("itemKind", [
  z.object({ ...report, itemKind: z.literal("card"), front: text(2000), back: text(10_000) }),
  z.object({
    ...report,
    itemKind: z.literal("question"),
    stem: text(1000),
    answer: text(500),
    distractor1: text(500),
    distractor2: text(500),
    distractor3: text(500),
    explanation: text(10_000),
  }),
]);

/** "2026-02-31" is not a date, although it has the shape of one. */
function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The assignment form asks for its workload preview as the lead changes deck, topic, date or recall. */
export const workloadPreviewRequest = z.object({
  ...inTeam,
  deck: z.string().min(1).max(200),
  topic: z
    .string()
    .max(300)
    .transform((t) => (t ? t : null)),
  dueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine(isCalendarDate),
  minRecall: z.number().min(0.5).max(0.99).nullable(),
  members: z.array(id).max(500),
});
