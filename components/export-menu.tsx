"use client";

import { useEffect, useRef } from "react";

/**
 * A small "Export" menu of download links (one per file format). A native disclosure, so it opens
 * with a click, Enter or Space even before the page's script runs; the script closes it on Escape
 * (back on its button), on a click elsewhere and once a download starts.
 */
export function ExportMenu({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const closeOutside = (event: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(event.target as Node)) menu.current.open = false;
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, []);
  const close = (refocus: boolean) => {
    if (!menu.current?.open) return;
    menu.current.open = false;
    if (refocus) menu.current.querySelector("summary")?.focus();
  };
  return (
    <details
      ref={menu}
      className="group relative"
      data-testid="export-menu"
      onKeyDown={(event) => event.key === "Escape" && close(true)}
    >
      <summary className="inline-flex min-h-10 cursor-pointer list-none items-center gap-1.5 rounded-lg border border-stone-300 px-4 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800 [&::-webkit-details-marker]:hidden">
        {label}
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="size-3.5 group-open:rotate-180"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          <path d="M4 6l4 4 4-4" />
        </svg>
      </summary>
      <ul className="absolute left-0 z-10 mt-1 min-w-44 rounded-lg border border-stone-200 bg-white py-1 shadow-lg dark:border-stone-700 dark:bg-stone-900">
        {links.map((link) => (
          <li key={link.href}>
            <a
              href={link.href}
              download
              onClick={() => close(false)}
              className="block px-4 py-2 text-sm hover:bg-stone-100 focus-visible:bg-stone-100 dark:hover:bg-stone-800 dark:focus-visible:bg-stone-800"
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
