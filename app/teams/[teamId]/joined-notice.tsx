"use client";

import { useEffect } from "react";

/** "You joined …", once: the address loses its ?joined so that a reload or a bookmark does not say it again. */
export function JoinedNotice({ message }: { message: string }) {
  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.delete("joined");
    window.history.replaceState(window.history.state, "", url);
  }, []);
  return (
    <p
      role="status"
      className="rounded-lg border border-teal-200 bg-teal-50 px-3 py-2 text-sm text-teal-950 dark:border-teal-800 dark:bg-teal-950 dark:text-teal-50"
      data-testid="joined"
    >
      {message}
    </p>
  );
}
