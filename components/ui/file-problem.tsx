/** Why an uploaded file was refused: where (file and line), the reader's own message, and that nothing was saved. */
export function FileProblem({
  where,
  message,
  note,
  testId,
}: {
  where: string;
  message: string;
  note: string;
  testId: string;
}) {
  return (
    <div role="alert" className="flex flex-col gap-1" data-testid={testId}>
      <p className="font-medium">{where}</p>
      <p className="font-mono text-xs" lang="en">
        {message}
      </p>
      <p className="text-stone-600 dark:text-stone-400">{note}</p>
    </div>
  );
}
