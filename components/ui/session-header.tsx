import type { ReactNode } from "react";

type Props = { title: ReactNode; lang: string; progress: ReactNode; progressTestId: string };

/** The title of a study or quiz session, with how far the learner has got beside it. */
export function SessionHeader({ title, lang, progress, progressTestId }: Props) {
  return (
    <header className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
      <h1 className="text-lg font-semibold tracking-tight sm:text-xl" lang={lang}>
        {title}
      </h1>
      <div
        className="flex flex-wrap items-baseline gap-x-3 text-sm text-stone-500 dark:text-stone-400"
        data-testid={progressTestId}
      >
        {progress}
      </div>
    </header>
  );
}
