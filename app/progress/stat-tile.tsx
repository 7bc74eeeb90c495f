export function StatTile({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string | number;
  hint?: string;
  testId?: string;
}) {
  return (
    <div
      className="flex flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-700 dark:bg-stone-900"
      data-testid={testId}
    >
      <dt className="text-sm text-stone-600 dark:text-stone-400">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
      {hint && <dd className="text-xs text-stone-500 dark:text-stone-400">{hint}</dd>}
    </div>
  );
}
