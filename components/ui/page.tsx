import type { ReactNode } from "react";

type Props = {
  title: ReactNode;
  /** The title's language, when it is a deck's. */
  lang?: string;
  /** A centred column this wide (a form, a start screen) instead of the full width. */
  width?: "lg" | "xl";
  gap?: 4 | 5 | 6 | 8;
  testId?: string;
  children: ReactNode;
};

const WIDTHS = { lg: "mx-auto w-full max-w-lg", xl: "mx-auto w-full max-w-xl" } as const;
const GAPS = { 4: "gap-4", 5: "gap-5", 6: "gap-6", 8: "gap-8" } as const;

/** A page's content under its h1 title. */
export function Page({ title, lang, width, gap = 6, testId, children }: Props) {
  return (
    <div className={`flex flex-col ${GAPS[gap]} ${width ? WIDTHS[width] : ""}`} data-testid={testId}>
      <h1 className="text-2xl font-semibold tracking-tight" lang={lang}>
        {title}
      </h1>
      {children}
    </div>
  );
}
