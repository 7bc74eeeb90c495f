import type { ReactNode } from "react";

type Props = {
  /** The heading's id, which names the section for screen readers. */
  id: string;
  title: ReactNode;
  size?: "lg" | "xl";
  gap?: 2 | 3 | 4;
  /** Shown beside the heading (e.g. a link to export or to add). */
  actions?: ReactNode;
  testId?: string;
  children: ReactNode;
};

const GAPS = { 2: "gap-2", 3: "gap-3", 4: "gap-4" } as const;
const HEADINGS = { lg: "text-lg font-semibold", xl: "text-xl font-semibold tracking-tight" } as const;

/** A page section under an h2 heading that labels it. */
export function Section({ id, title, size = "lg", gap = 3, actions, testId, children }: Props) {
  const heading = (
    <h2 id={id} className={HEADINGS[size]}>
      {title}
    </h2>
  );
  return (
    <section aria-labelledby={id} className={`flex flex-col ${GAPS[gap]}`} data-testid={testId}>
      {actions ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          {heading}
          {actions}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
