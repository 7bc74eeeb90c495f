"use client";

import { usePathname } from "next/navigation";
import { useId, useState, type ReactNode } from "react";

/**
 * The site's links behind one "Menu" button on phones, so that the header takes one row there
 * instead of three; from the `sm` breakpoint up they show in the row as before. It closes when the
 * learner moves to another page.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpenOn(open ? null : pathname)}
        onKeyDown={(event) => event.key === "Escape" && setOpenOn(null)}
        className="inline-flex min-h-9 items-center gap-1.5 rounded-md border border-stone-300 px-3 text-sm sm:hidden dark:border-stone-600"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          <path d="M2 4h12M2 8h12M2 12h12" />
        </svg>
        {label}
      </button>
      <div
        id={id}
        className={`${open ? "flex" : "hidden"} w-full flex-wrap items-center justify-between gap-x-4 gap-y-2 pb-1 sm:flex sm:w-auto sm:pb-0`}
      >
        {children}
      </div>
    </>
  );
}
