"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { GRADES, type GradeName } from "@/lib/study/grades";

type Props = {
  /** The card on screen's interval per grade; null once the session is finished. */
  intervals: Record<GradeName, string> | null;
  revealed: boolean;
  onShow: () => void;
  onGrade: (grade: GradeName) => void;
  onUndo: () => void;
  canUndo: boolean;
  /** What the last grade or undo did, in words. */
  feedback: string | null;
  /** Grades on their way to the server (none waiting for a problem to pass). */
  saving: number;
};

const gradeStyles: Record<GradeName, string> = {
  again: "bg-red-700 hover:bg-red-800",
  hard: "bg-amber-700 hover:bg-amber-800",
  good: "bg-teal-700 hover:bg-teal-800",
  easy: "bg-sky-700 hover:bg-sky-800",
};
// Phones and tablets have no keyboard to press: the hints would only take room.
const KEY_HINT = "pointer-coarse:hidden";

/**
 * The buttons of the review loop, pinned to the bottom of the screen as AnkiDroid and AnkiMobile
 * do, so that a long answer never pushes them out of reach.
 */
export function StudyActions({ intervals, revealed, onShow, onGrade, onUndo, canUndo, feedback, saving }: Props) {
  const t = useTranslations("study");
  return (
    <div className="sticky bottom-0 -mx-4 flex flex-col gap-2 border-t border-stone-200 bg-stone-50/95 px-4 pt-1 pb-[max(0.5rem,env(safe-area-inset-bottom))] backdrop-blur-sm sm:mx-0 sm:px-0 dark:border-stone-800 dark:bg-stone-950/95">
      <div className="flex min-h-8 items-center justify-between gap-2 text-sm">
        <p role="status" className="text-stone-700 dark:text-stone-200" data-testid="study-feedback">
          {feedback}
        </p>
        <Button variant="ghost" className="min-h-8 shrink-0 px-2 text-xs" onClick={onUndo} disabled={!canUndo}>
          {t("undo")} <kbd className={KEY_HINT}>{t("undoHint")}</kbd>
        </Button>
      </div>
      {intervals && !revealed && (
        <Button className="min-h-14 text-base" onClick={onShow}>
          {t("show")} <kbd className={`text-xs ${KEY_HINT}`}>{t("showHint")}</kbd>
        </Button>
      )}
      {intervals && revealed && (
        <div className="grid grid-cols-4 gap-2" role="group" aria-label={t("back")}>
          {GRADES.map((name, i) => (
            <button
              key={name}
              onClick={() => onGrade(name)}
              className={`flex min-h-14 flex-col items-center justify-center rounded-lg px-1 text-sm font-medium text-white ${gradeStyles[name]}`}
            >
              <span>
                {t(name)} <kbd className={`opacity-75 ${KEY_HINT}`}>{i + 1}</kbd>
              </span>
              <span className="text-xs" data-testid={`interval-${name}`}>
                {intervals[name]}
              </span>
            </button>
          ))}
        </div>
      )}
      <p className={`flex justify-between gap-2 text-xs text-stone-500 dark:text-stone-400 ${KEY_HINT}`}>
        <span>{t("keys")}</span>
        {saving > 0 && <span>{t("pending", { count: saving })}</span>}
      </p>
    </div>
  );
}
