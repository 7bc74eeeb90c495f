import type { ReactNode } from "react";

type Props = { title: ReactNode; lang: string; progress: ReactNode; progressTestId: string };

/** The title of a study or quiz session, with how far the learner has got beside it. */
export function SessionHeader({ title, lang, progress, progressTestId }: Props) {
  return (
    <header className="flex flex-wrap items-baseline justify-between gap-2">
      <h1 className="text-xl font-semibold tracking-tight" lang={lang}>
        {title}
      </h1>
      <p className="text-sm text-stone-500 dark:text-stone-400" data-testid={progressTestId}>
        {progress}
      </p>
    </header>
  );
}
