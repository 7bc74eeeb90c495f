import type { ReactNode, SelectHTMLAttributes } from "react";
import { Field } from "./field";
import { Select } from "./select";

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
          <Select {...control} {...select}>
            {children}
          </Select>
          {after}
        </>
      )}
    </Field>
  );
}
