"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { retryReason, type DeliveryProblem } from "@/lib/study/grade-delivery";
import type { GradeRequest } from "@/lib/study/requests";
import type { GradeOutcome, SessionCard } from "@/lib/study/study-card";

export type PendingGrade = GradeRequest & { durationMs: number };

type Handlers = {
  /** The server has the grade (or refused it): it waits no more. */
  onAnswered: (clientReviewId: string) => void;
  /** A card graded Again comes back later in the session of its deck. */
  onAgain: (card: SessionCard, deckId: string) => void;
  onStale: () => void;
  onLeech: () => void;
};

const STORAGE_KEY = "faq-study:pending-grades";
const RETRY_MS = 5_000;

function stored(): PendingGrade[] {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]") as PendingGrade[];
  } catch {
    return [];
  }
}

/**
 * Grades wait here until the server has them: sent in order in the background, kept in
 * localStorage while the tab is offline, retried when it is back. Each carries an id made in the
 * browser, so a retry after a lost response is applied once.
 */
export function useGradeOutbox(handlers: Handlers) {
  const queue = useRef<PendingGrade[]>([]);
  const sending = useRef(false);
  const [pending, setPending] = useState(0);
  const [problem, setProblem] = useState<DeliveryProblem | null>(null);
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  const save = useCallback(() => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(queue.current));
    setPending(queue.current.length);
  }, []);

  const flush = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    try {
      while (queue.current.length > 0) {
        const next = queue.current[0]!;
        const response = await fetch("/api/study/grade", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(next),
          keepalive: true,
        }).catch(() => null);
        const waitReason = retryReason(response?.status ?? "failed", navigator.onLine);
        setProblem(waitReason);
        if (!response || waitReason) return;
        const outcome = (await response.json().catch(() => null)) as GradeOutcome | null;
        queue.current = queue.current.filter((g) => g.clientReviewId !== next.clientReviewId);
        save();
        handlersRef.current.onAnswered(next.clientReviewId);
        if (outcome?.ok) {
          if (outcome.leech) handlersRef.current.onLeech();
          if (outcome.again) handlersRef.current.onAgain(outcome.again, outcome.deckId);
        } else if (outcome?.reason === "stale") {
          handlersRef.current.onStale();
        }
      }
    } finally {
      sending.current = false;
    }
  }, [save]);

  useEffect(() => {
    queue.current = stored();
    save();
    void flush();
    const retry = () => void flush();
    window.addEventListener("online", retry);
    const timer = window.setInterval(() => queue.current.length > 0 && retry(), RETRY_MS);
    return () => {
      window.removeEventListener("online", retry);
      window.clearInterval(timer);
    };
  }, [flush, save]);

  const enqueue = useCallback(
    (grade: PendingGrade) => {
      queue.current = [...queue.current, grade];
      save();
      void flush();
    },
    [flush, save],
  );

  /** Takes back a grade not yet sent; false when the server may already have it. */
  const withdraw = useCallback(
    (clientReviewId: string): boolean => {
      const index = queue.current.findIndex((g) => g.clientReviewId === clientReviewId);
      const inFlight = index === 0 && sending.current;
      if (index < 0 || inFlight) return false;
      queue.current = queue.current.filter((g) => g.clientReviewId !== clientReviewId);
      save();
      return true;
    },
    [save],
  );

  /** Resolves once everything queued so far has been answered by the server. */
  const settled = useCallback(async () => {
    for (let i = 0; i < 100 && (queue.current.length > 0 || sending.current); i++) {
      await flush();
      if (queue.current.length > 0) await new Promise((r) => setTimeout(r, 100));
    }
  }, [flush]);

  // A problem is news only while grades are waiting (say, all of them were undone).
  return { enqueue, withdraw, settled, pending, problem: pending > 0 ? problem : null };
}
