"use client";

import Link, { useLinkStatus } from "next/link";
import type { ComponentProps } from "react";

/** A spinner inside a link while its page is on the way (when no prefetched loading state could show at once). */
function Pending({ label }: { label: string }) {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span
      role="status"
      aria-label={label}
      className="ml-2 inline-block size-3.5 animate-spin rounded-full border-2 border-current border-t-transparent align-[-0.125em]"
    />
  );
}

export function PendingLink({
  pendingLabel,
  children,
  ...link
}: ComponentProps<typeof Link> & { pendingLabel: string }) {
  return (
    <Link {...link}>
      {children}
      <Pending label={pendingLabel} />
    </Link>
  );
}
