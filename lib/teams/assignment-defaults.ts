// The thresholds a new assignment starts from. Kept apart from the request schemas so that the
// assignment form can show them without shipping zod to the browser (whose eval probe the CSP refuses).
export const DEFAULT_MIN_RECALL_PERCENT = 85;
export const DEFAULT_PASS_PERCENT = 80;
