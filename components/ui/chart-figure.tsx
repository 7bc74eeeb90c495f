import type { ReactNode } from "react";
import { TableHead } from "./table-head";

type Props = {
  title: string;
  summary: ReactNode;
  tableLabel: string;
  table: ReactNode;
  children: ReactNode;
  testId?: string;
};

/** A chart with a one-line summary and its data as a table, for screen readers and exact numbers. */
export function ChartFigure({ title, summary, tableLabel, table, children, testId }: Props) {
  return (
    <figure
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-700 dark:bg-stone-900"
      data-testid={testId}
    >
      <figcaption className="flex flex-col gap-0.5">
        <span className="font-semibold">{title}</span>
        <span className="text-sm text-stone-600 dark:text-stone-400">{summary}</span>
      </figcaption>
      <div aria-hidden className="min-w-0">
        {children}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-teal-800 dark:text-teal-300">{tableLabel}</summary>
        <div className="mt-2 max-h-72 overflow-auto">{table}</div>
      </details>
    </figure>
  );
}

export function DataTable({ head, rows }: { head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="w-full text-left text-sm tabular-nums">
      <TableHead headers={head} cellClassName="py-1 pr-3 font-medium" />
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className="border-b border-stone-100 dark:border-stone-800">
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row" className="py-1 pr-3 font-normal">
                  {cell}
                </th>
              ) : (
                <td key={j} className="py-1 pr-3">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
