/** A share as a whole percentage, "–" when there is none. */
export const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);
