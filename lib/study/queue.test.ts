import { describe, expect, it } from "vitest";
import { buildQueue, type QueueCandidate } from "./queue";
import { studyDay } from "./study-day";

const now = new Date("2026-11-25T09:00:00Z");
const day = studyDay(now, "UTC", 4);
const nothingYet = { reviews: 0, newCards: 0, entryIds: new Set<string>() };
const limits = { newPerDay: 20, maxReviewsPerDay: 200 };
const card = (
  cardId: string,
  state: QueueCandidate["state"],
  due: string,
  position = 0,
  entryId = `e-${cardId}`,
): QueueCandidate => ({ cardId, entryId, state, due: new Date(due), position });
const ids = (q: QueueCandidate[]) => q.map((c) => c.cardId);

describe("buildQueue", () => {
  it("puts due learning cards first, then reviews most overdue first, then new cards in deck order", () => {
    const queue = buildQueue(
      [
        card("new2", "new", "2026-11-25T09:00:00Z", 2),
        card("rev-today", "review", "2026-11-25T20:00:00Z"),
        card("rev-old", "review", "2026-11-20T09:00:00Z"),
        card("learn", "learning", "2026-11-25T08:59:00Z"),
        card("new1", "new", "2026-11-25T09:00:00Z", 1),
        card("rev-tomorrow", "review", "2026-11-26T05:00:00Z"),
        card("learn-later", "learning", "2026-11-25T11:00:00Z"),
      ],
      now,
      day,
      limits,
      nothingYet,
    );
    expect(ids(queue)).toEqual(["learn", "rev-old", "rev-today", "new1", "new2"]);
  });

  it("shows a learning step due within 20 minutes now", () => {
    expect(ids(buildQueue([card("soon", "relearning", "2026-11-25T09:15:00Z")], now, day, limits, nothingYet))).toEqual(
      ["soon"],
    );
  });

  it("keeps to the daily limits, counting what was already studied today", () => {
    const many = [
      ...Array.from({ length: 30 }, (_, i) => card(`n${i}`, "new", "2026-11-25T09:00:00Z", i)),
      ...Array.from({ length: 10 }, (_, i) => card(`r${i}`, "review", "2026-11-24T09:00:00Z")),
    ];
    const queue = buildQueue(
      many,
      now,
      day,
      { newPerDay: 20, maxReviewsPerDay: 6 },
      { reviews: 2, newCards: 15, entryIds: new Set() },
    );
    expect(queue.filter((c) => c.state === "review")).toHaveLength(4);
    expect(queue.filter((c) => c.state === "new")).toHaveLength(5);
  });

  it("does not show two cards of one entry on the same day unless nothing else is due", () => {
    const siblings = [
      card("a-basic", "new", "2026-11-25T09:00:00Z", 1, "A"),
      card("a-cloze", "new", "2026-11-25T09:00:00Z", 2, "A"),
      card("b-basic", "new", "2026-11-25T09:00:00Z", 3, "B"),
    ];
    expect(ids(buildQueue(siblings, now, day, limits, nothingYet))).toEqual(["a-basic", "b-basic"]);
    expect(ids(buildQueue(siblings, now, day, limits, { reviews: 0, newCards: 0, entryIds: new Set(["A"]) }))).toEqual([
      "b-basic",
    ]);
    expect(
      ids(buildQueue(siblings.slice(0, 2), now, day, limits, { reviews: 0, newCards: 1, entryIds: new Set(["A"]) })),
    ).toEqual(["a-basic", "a-cloze"]);
  });

  it("is empty when nothing is due and no new cards are left", () => {
    expect(buildQueue([card("later", "review", "2026-12-01T09:00:00Z")], now, day, limits, nothingYet)).toEqual([]);
  });
});
