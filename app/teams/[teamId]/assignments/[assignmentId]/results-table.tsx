import type { ReactNode } from "react";
import { Section } from "@/components/ui/section";
import { TableHead } from "@/components/ui/table-head";

type SectionProps = { id: string; title: string; csv: { href: string; label: string }; children: ReactNode };

/** A section of results with a link that downloads them as CSV. */
export function ResultsSection({ id, title, csv, children }: SectionProps) {
  const download = (
    <a href={csv.href} className="text-sm font-medium text-teal-800 underline dark:text-teal-300" download>
      {csv.label}
    </a>
  );
  return (
    <Section id={id} title={title} gap={2} actions={download}>
      {children}
    </Section>
  );
}

type TableProps = { headers: string[]; testId: string; lang?: string; className?: string; children: ReactNode };

/** A table of results under its column headers; `children` are its rows. */
export function ResultsTable({ headers, testId, lang, className = "", children }: TableProps) {
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white dark:border-stone-700 dark:bg-stone-900">
      <table className={`w-full text-left text-sm ${className}`} data-testid={testId} lang={lang}>
        <TableHead headers={headers} cellClassName="px-3 py-2 font-medium" />
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A row of a results table: what it is about, then its cells. */
export function ResultsRow({ head, children }: { head: ReactNode; children: ReactNode }) {
  return (
    <tr className="border-b border-stone-100 last:border-0 dark:border-stone-800">
      <th scope="row" className="px-3 py-2 font-normal">
        {head}
      </th>
      {children}
    </tr>
  );
}
