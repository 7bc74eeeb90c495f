/** A table's head: one row of column headers, each cell styled by `cellClassName`. */
export function TableHead({ headers, cellClassName }: { headers: string[]; cellClassName: string }) {
  return (
    <thead>
      <tr className="border-b border-stone-200 dark:border-stone-700">
        {headers.map((h) => (
          <th key={h} scope="col" className={cellClassName}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}
