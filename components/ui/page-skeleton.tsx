/** What a page shows while the next one loads: grey blocks where its content will be, announced as loading. */
export function PageSkeleton({ label, blocks = 3 }: { label: string; blocks?: number }) {
  return (
    <div role="status" aria-label={label} className="flex animate-pulse flex-col gap-4" data-testid="page-loading">
      <div className="h-8 w-2/3 max-w-md rounded-lg bg-stone-200 dark:bg-stone-800" />
      <div className="h-4 w-1/2 max-w-sm rounded bg-stone-200 dark:bg-stone-800" />
      {Array.from({ length: blocks }, (_, i) => (
        <div key={i} className="h-28 rounded-xl bg-stone-100 dark:bg-stone-900" />
      ))}
      <span className="sr-only">{label}</span>
    </div>
  );
}
