import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULER_SETTINGS, newMemoryState, previewGrades } from "../scheduling";
import { DEFAULT_PARAMETERS } from "./fit";

const now = new Date("2026-11-25T09:00:00Z");

describe("scheduling with a learner's fitted parameters", () => {
  it("schedules with them when given, and with FSRS's defaults otherwise", () => {
    const card = newMemoryState(now);
    const easy = (parameters?: readonly number[]) =>
      previewGrades(card, now, { ...DEFAULT_SCHEDULER_SETTINGS, parameters }).easy.label;
    expect(easy()).toBe("8d");
    expect(easy(DEFAULT_PARAMETERS)).toBe("8d");
    // Easy's first interval follows the fourth parameter, the initial stability after Easy.
    expect(easy(DEFAULT_PARAMETERS.map((w, i) => (i === 3 ? 20 : w)))).toBe("20d");
  });
});
