import type { SelectHTMLAttributes } from "react";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  /** As small as the buttons of a row of actions. */
  compact?: boolean;
};

/** A drop-down list that looks like the other form controls. */
export function Select({ compact = false, className = "", ...select }: Props) {
  return (
    <select
      className={`rounded-lg border border-stone-300 bg-white aria-invalid:border-red-600 dark:border-stone-600 dark:bg-stone-900 ${compact ? "min-h-9 px-2" : "min-h-10 px-3"} ${className}`}
      {...select}
    />
  );
}

/** One option per value, shown as its label (e.g. the value's translated name). */
export function Options<Value extends string>({
  values,
  label,
}: {
  values: readonly Value[];
  label: (value: Value) => string;
}) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}
