// Grades wait in the browser until the server has them. Why they wait is told apart, because the
// learner reads it differently: their own connection, the server being down, or a lost session.

export type DeliveryProblem = "offline" | "unreachable" | "server" | "signed-out";

/**
 * Why a grade must be sent again, or null when the server answered it (an outcome to act on, a
 * refusal included). `sent` is the response's status, or "failed" when no response came at all;
 * `online` is what the browser believes (navigator.onLine).
 */
export function retryReason(sent: number | "failed", online: boolean): DeliveryProblem | null {
  if (sent === "failed") return online ? "unreachable" : "offline";
  if (sent === 401) return "signed-out";
  if (sent >= 500 || sent === 408 || sent === 429) return "server";
  return null;
}
