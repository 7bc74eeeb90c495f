import Link from "next/link";
import type { ComponentProps } from "react";
import { PendingLink } from "./pending-link";

const VARIANTS = {
  primary: "bg-teal-700 px-4 text-white hover:bg-teal-800",
  outline: "border border-stone-300 px-4 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800",
  text: "px-3 text-teal-800 hover:underline dark:text-teal-300",
  /** On a teal background: white, and outlined. */
  light: "bg-white px-4 text-teal-900 hover:bg-teal-50",
  lightOutline: "border border-teal-200/60 px-4 text-white hover:bg-teal-700",
} as const;

/** A link that looks like a button: where to go next (study, quiz, sign in). */
export function ButtonLink({
  variant = "outline",
  className = "",
  pendingLabel,
  ...link
}: ComponentProps<typeof Link> & {
  variant?: keyof typeof VARIANTS;
  /** Shows a spinner with this label while the page is on the way (for pages that take a moment). */
  pendingLabel?: string;
}) {
  const classes = `inline-flex min-h-10 items-center rounded-lg text-sm font-medium ${VARIANTS[variant]} ${className}`;
  if (pendingLabel) return <PendingLink className={classes} pendingLabel={pendingLabel} {...link} />;
  return <Link className={classes} {...link} />;
}
