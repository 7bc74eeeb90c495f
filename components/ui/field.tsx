import { useId, type ReactNode } from "react";

export type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

type Props = {
  label: string;
  error?: ReactNode;
  hint?: ReactNode;
  className?: string;
  /** The control itself, given its id and the attributes that tie it to the hint or error. */
  children: (control: ControlProps) => ReactNode;
};

/** A labelled form control with its hint, or its error message, right below it. */
export function Field({ label, error, hint, className = "", children }: Props) {
  const id = useId();
  const describedBy = [hint && !error && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex flex-col gap-1.5 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-stone-800 dark:text-stone-200">
        {label}
      </label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint && !error && (
        <div id={`${id}-hint`} className="text-xs text-stone-500 dark:text-stone-400">
          {hint}
        </div>
      )}
      {error && (
        <div id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </div>
      )}
    </div>
  );
}
