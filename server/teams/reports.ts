// Learners' reports of a problem with a card or question of a team deck, and the admins' queue.
// Hiding or editing an item goes through the deck's overrides (server/teams/team-decks), so the
// correction survives every later recompile; resolving one report resolves every open report on
// the same item, in the same transaction as the change.
import { createHash } from "node:crypto";
import { REPORT_MESSAGE_MAX, type ReportItemKind } from "@/lib/teams/requests";
import type { Database } from "@/server/db/connection";
import { authorizeTeam, visibleDecksWhere } from "@/server/access/access";
import { changeDeckOverrides, OverridesConflict, type ContentProblem, type OverrideChange } from "./team-decks";
import { optionsOf } from "@/server/db/columns";
import { isUniqueViolation, type Transaction } from "@/server/db/transaction";

export type ReportInput = {
  deckId: string;
  itemKind: ReportItemKind;
  itemId: string;
  message: string;
  clientRequestId?: string;
};
export type ReportOutcome =
  { ok: true; reportId: string; replayed: boolean } | { ok: false; reason: "not-found" | "forbidden" | "message" };

/**
 * Files a learner's report on a live card or question of a team deck they can see (a published
 * deck of a team they belong to). Once per client request id; without one, the same open report
 * (same learner, item and message) is not filed twice.
 */
export async function reportItem(db: Database, userId: string, input: ReportInput, now: Date): Promise<ReportOutcome> {
  const message = input.message.trim();
  if (message.length < 1 || message.length > REPORT_MESSAGE_MAX) return { ok: false, reason: "message" };
  const deck = await db.deck.findFirst({
    where: { id: input.deckId, teamId: { not: null }, ...visibleDecksWhere(userId) },
    select: { id: true, teamId: true },
  });
  if (!deck?.teamId) return { ok: false, reason: "not-found" };
  const access = await authorizeTeam(db, userId, deck.teamId, "reports.create");
  if (!access.ok) return access;
  if (!(await liveItem(db, deck.id, input.itemKind, input.itemId))) return { ok: false, reason: "not-found" };

  const id = input.clientRequestId ? reportIdFor(userId, input.clientRequestId) : undefined;
  const same = id
    ? await db.contentReport.findFirst({ where: { id, userId }, select: { id: true } })
    : await db.contentReport.findFirst({
        where: { userId, deckId: deck.id, itemKind: input.itemKind, itemId: input.itemId, message, status: "open" },
        select: { id: true },
      });
  if (same) return { ok: true, reportId: same.id, replayed: true };
  try {
    const created = await db.contentReport.create({
      data: {
        ...(id ? { id } : {}),
        teamId: deck.teamId,
        deckId: deck.id,
        userId,
        itemKind: input.itemKind,
        itemId: input.itemId,
        message,
        createdAt: now,
      },
      select: { id: true },
    });
    return { ok: true, reportId: created.id, replayed: false };
  } catch (error) {
    // The same request twice at once: the other one filed it.
    if (!isUniqueViolation(error) || !id) throw error;
    const again = await db.contentReport.findFirst({ where: { id, userId }, select: { id: true } });
    if (!again) throw error;
    return { ok: true, reportId: again.id, replayed: true };
  }
}

export type ReportedItem =
  | { kind: "card"; id: string; cardKind: string; front: string; back: string; archived: boolean }
  | {
      kind: "question";
      id: string;
      stem: string;
      options: string[];
      answerIndex: number;
      explanation: string;
      archived: boolean;
    };

export type QueuedReport = {
  id: string;
  status: string;
  message: string;
  createdAt: Date;
  resolvedAt: Date | null;
  reporter: { name: string | null; email: string };
  deck: { id: string; slug: string; title: string; language: string };
  itemKind: ReportItemKind;
  itemId: string;
  /** The item's current text; null if it no longer exists. */
  item: ReportedItem | null;
};

const reportSelect = {
  id: true,
  status: true,
  message: true,
  createdAt: true,
  resolvedAt: true,
  itemKind: true,
  itemId: true,
  user: { select: { name: true, email: true } },
  deck: { select: { id: true, slug: true, title: true, language: true } },
} as const;

/** The team's reports: every open one (oldest first), then the latest resolved ones. The caller checks `reports.resolve`. */
export async function reportQueue(db: Database, teamId: string, resolvedLimit = 30): Promise<QueuedReport[]> {
  const [open, resolved] = await Promise.all([
    db.contentReport.findMany({
      where: { teamId, status: "open" },
      orderBy: { createdAt: "asc" },
      select: reportSelect,
    }),
    db.contentReport.findMany({
      where: { teamId, status: { not: "open" } },
      orderBy: { resolvedAt: "desc" },
      take: resolvedLimit,
      select: reportSelect,
    }),
  ]);
  const rows = [...open, ...resolved];
  const ids = (kind: ReportItemKind) => [...new Set(rows.filter((r) => r.itemKind === kind).map((r) => r.itemId))];
  const [cards, questions] = await Promise.all([
    db.card.findMany({
      where: { id: { in: ids("card") } },
      select: { id: true, kind: true, front: true, back: true, archivedAt: true },
    }),
    db.question.findMany({
      where: { id: { in: ids("question") } },
      select: { id: true, stem: true, options: true, answerIndex: true, explanation: true, archivedAt: true },
    }),
  ]);
  const items = new Map<string, ReportedItem>([
    ...cards.map(
      (c) =>
        [
          `card:${c.id}`,
          { kind: "card", id: c.id, cardKind: c.kind, front: c.front, back: c.back, archived: c.archivedAt !== null },
        ] as const,
    ),
    ...questions.map(
      (q) =>
        [
          `question:${q.id}`,
          {
            kind: "question",
            id: q.id,
            stem: q.stem,
            options: optionsOf(q.options),
            answerIndex: q.answerIndex,
            explanation: q.explanation,
            archived: q.archivedAt !== null,
          },
        ] as const,
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    message: r.message,
    createdAt: r.createdAt,
    resolvedAt: r.resolvedAt,
    reporter: r.user,
    deck: r.deck,
    itemKind: r.itemKind as ReportItemKind,
    itemId: r.itemId,
    item: items.get(`${r.itemKind}:${r.itemId}`) ?? null,
  }));
}

/** Open reports of the team, for the badge on the team page. */
export async function openReportCount(db: Database, teamId: string): Promise<number> {
  return db.contentReport.count({ where: { teamId, status: "open" } });
}

export type CardEdit = { front: string; back: string };
export type QuestionEdit = { stem: string; answer: string; distractors: [string, string, string]; explanation: string };
export type Resolution = { action: "hide" } | { action: "dismiss" } | { action: "edit"; edit: CardEdit | QuestionEdit };

export type ResolveOutcome =
  | { ok: true; status: "hidden" | "edited" | "dismissed"; replayed: boolean }
  | { ok: false; reason: "not-found" | "forbidden" | "conflict" | "edit" }
  | { ok: false; reason: "content"; problem: ContentProblem };

const STATUS = { hide: "hidden", edit: "edited", dismiss: "dismissed" } as const;

/**
 * An admin's decision on a report: hide the item or edit it (both through the deck's overrides) or
 * dismiss the report. Every open report on the same item is resolved with it. A report that is no
 * longer open (a double click, a retried request) changes nothing more.
 */
export async function resolveReport(
  db: Database,
  adminId: string,
  reportId: string,
  resolution: Resolution,
  now: Date,
): Promise<ResolveOutcome> {
  const report = await db.contentReport.findUnique({
    where: { id: reportId },
    select: { id: true, teamId: true, deckId: true, itemKind: true, itemId: true, status: true },
  });
  if (!report) return { ok: false, reason: "not-found" };
  const access = await authorizeTeam(db, adminId, report.teamId, "reports.resolve");
  if (!access.ok) return access;
  if (report.status !== "open")
    return { ok: true, status: report.status as "hidden" | "edited" | "dismissed", replayed: true };

  const status = STATUS[resolution.action];
  const resolveAll = async (tx: Transaction) => {
    const resolved = await tx.contentReport.updateMany({
      where: { deckId: report.deckId, itemKind: report.itemKind, itemId: report.itemId, status: "open" },
      data: { status, resolvedAt: now, resolvedById: adminId },
    });
    // Someone resolved them meanwhile: their decision stands.
    if (resolved.count === 0) throw new OverridesConflict();
  };

  let change: OverrideChange | null = null;
  if (resolution.action === "hide") change = { kind: "hide", itemId: report.itemId };
  if (resolution.action === "edit") {
    const edit = resolution.edit;
    if (report.itemKind === "card" && "front" in edit)
      change = { kind: "card", itemId: report.itemId, front: edit.front, back: edit.back };
    else if (report.itemKind === "question" && "stem" in edit)
      change = { kind: "question", itemId: report.itemId, ...edit };
    else return { ok: false, reason: "edit" };
  }

  if (!change) {
    try {
      await db.$transaction((tx) => resolveAll(tx));
    } catch (error) {
      if (!(error instanceof OverridesConflict)) throw error;
      return settled(db, reportId);
    }
    return { ok: true, status, replayed: false };
  }
  const outcome = await changeDeckOverrides(db, report.deckId, change, now, resolveAll);
  if (outcome.ok) return { ok: true, status, replayed: false };
  if (outcome.reason === "conflict") return settled(db, reportId);
  return outcome;
}

/** After a conflict: fine if the report was resolved meanwhile (e.g. the same request twice), else a real conflict. */
async function settled(db: Database, reportId: string): Promise<ResolveOutcome> {
  const now = await db.contentReport.findUniqueOrThrow({ where: { id: reportId }, select: { status: true } });
  if (now.status === "open") return { ok: false, reason: "conflict" };
  return { ok: true, status: now.status as "hidden" | "edited" | "dismissed", replayed: true };
}

async function liveItem(db: Database, deckId: string, kind: ReportItemKind, itemId: string): Promise<boolean> {
  const where = { id: itemId, archivedAt: null, entry: { deckId, archivedAt: null } };
  return kind === "card" ? (await db.card.count({ where })) === 1 : (await db.question.count({ where })) === 1;
}

/** A report's id made from its client request id, per learner, so a learner cannot guess at another's. */
function reportIdFor(userId: string, clientRequestId: string): string {
  return `rep_${createHash("sha256").update(`${userId}\n${clientRequestId}`).digest("hex").slice(0, 24)}`;
}
