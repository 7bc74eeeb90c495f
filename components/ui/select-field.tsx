import type { ReactNode, SelectHTMLAttributes } from "react";
import { Field } from "./field";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  error?: string;
  hint?: string;
  /** Shown between the list and its hint or error (e.g. a button that picks an option). */
  after?: ReactNode;
};

/** A labelled drop-down list with its hint and its error message right below it. */
export function SelectField({ label, error, hint, after, className, children, ...select }: Props) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(control) => (
        <>
          <select
            className="min-h-10 rounded-lg border border-stone-300 bg-white px-3 aria-invalid:border-red-600 dark:border-stone-600 dark:bg-stone-900"
            {...control}
            {...select}
          >
            {children}
          </select>
          {after}
        </>
      )}
    </Field>
  );
}
