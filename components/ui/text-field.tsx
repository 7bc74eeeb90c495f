import type { InputHTMLAttributes, ReactNode } from "react";
import { Field } from "./field";

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string; hint?: ReactNode };

/** A labelled input with its hint and its error message right below it. */
export function TextField({ label, error, hint, className, ...input }: Props) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(control) => (
        <input
          className="min-h-10 rounded-lg border border-stone-300 bg-white px-3 text-base text-stone-900 shadow-sm outline-none focus:border-teal-600 focus:ring-2 focus:ring-teal-600/30 aria-invalid:border-red-600 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
          {...control}
          {...input}
        />
      )}
    </Field>
  );
}
