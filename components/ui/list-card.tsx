import type { LiHTMLAttributes } from "react";

/** One item of a list of cards (an assignment, a deck): a bordered row that wraps on narrow screens. */
export function ListCard({ className = "", ...props }: LiHTMLAttributes<HTMLLIElement>) {
  return (
    <li
      className={`flex flex-wrap items-center rounded-xl border border-stone-200 bg-white px-4 py-3 shadow-sm dark:border-stone-700 dark:bg-stone-900 ${className}`}
      {...props}
    />
  );
}
