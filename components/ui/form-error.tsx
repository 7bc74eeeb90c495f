export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p
      role="alert"
      className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-300"
    >
      {message}
    </p>
  );
}

/** A form's outcome above its fields: what went wrong, or (after a success) what was done. */
export function FormOutcome({ error, done }: { error?: string; done?: string }) {
  if (!done) return <FormError message={error} />;
  return (
    <p role="status" className="text-sm text-teal-800 dark:text-teal-300">
      {done}
    </p>
  );
}
