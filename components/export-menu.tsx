/**
 * A small "Export" menu of download links (one per file format). A native disclosure: it opens with
 * a click, Enter or Space and needs no script.
 */
export function ExportMenu({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  return (
    <details className="group relative" data-testid="export-menu">
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
