// The dashboard's bar and line charts, drawn on the server as plain HTML and SVG: no chart library
// is sent to the browser. Each sits in an aria-hidden box of a ChartFigure whose table carries the
// same numbers for screen readers; a bar's or point's `title` shows its value on hover.

/** Cards due per day; the learner's easy days (a lighter share of reviews) are drawn lighter. */
export function ForecastChart({
  data,
  label,
  easyLegend,
}: {
  data: { label: string; count: number; easy: boolean }[];
  label: string;
  easyLegend?: string;
}) {
  const top = niceMax(Math.max(0, ...data.map((d) => d.count)));
  return (
    <>
      <div data-testid="forecast-chart" className="flex gap-1.5 text-[11px] text-stone-500 dark:text-stone-400">
        <YTicks top={top} />
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <div className="flex h-48 items-end gap-px border-b border-stone-300 dark:border-stone-600">
            {data.map((d, i) => (
              <div
                key={i}
                data-bar
                data-easy={d.easy || undefined}
                title={`${d.label}: ${d.count} ${label}`}
                className={`min-w-0 flex-1 rounded-t-sm ${d.easy ? "bg-teal-300" : "bg-teal-700"}`}
                style={{ height: `${(100 * d.count) / top}%` }}
              />
            ))}
          </div>
          <XLabels labels={data.map((d) => d.label)} />
        </div>
      </div>
      {easyLegend && <p className="mt-1 text-xs text-stone-500 dark:text-stone-400">{easyLegend}</p>}
    </>
  );
}

/** Per deck or topic, the share of cards mastered and the average predicted recall, as two bars. */
export function MasteryChart({
  data,
  labels,
}: {
  data: { name: string; mastered: number; recall: number }[];
  labels: { mastered: string; recall: string };
}) {
  const series = [
    { key: "mastered", label: labels.mastered, color: "bg-teal-700" },
    { key: "recall", label: labels.recall, color: "bg-sky-300" },
  ] as const;
  return (
    <div data-testid="mastery-chart" className="flex flex-col gap-3 text-xs">
      {data.map((row) => (
        <div key={row.name} className="grid grid-cols-[minmax(0,7rem)_1fr] items-center gap-2">
          <span className="truncate text-stone-700 dark:text-stone-300" title={row.name}>
            {row.name}
          </span>
          <div className="flex flex-col gap-0.5">
            {series.map((s) => (
              <div key={s.key} className="flex items-center gap-1.5">
                <div
                  data-bar
                  title={`${s.label}: ${row[s.key]}%`}
                  className={`h-3 rounded-r-sm ${s.color}`}
                  style={{ width: `${row[s.key]}%` }}
                />
                <span className="text-stone-500 dark:text-stone-400">{row[s.key]}%</span>
              </div>
            ))}
          </div>
        </div>
      ))}
      <p className="flex gap-4 text-stone-600 dark:text-stone-400">
        {series.map((s) => (
          <span key={s.key} className="flex items-center gap-1">
            <span className={`inline-block h-2.5 w-2.5 rounded-sm ${s.color}`} />
            {s.label}
          </span>
        ))}
      </p>
    </div>
  );
}

/** Each finished quiz's score, in order, as a line with a dot per quiz. */
export function QuizScoreChart({ data, label }: { data: { label: string; percent: number }[]; label: string }) {
  const x = (i: number) => (data.length === 1 ? 50 : (100 * i) / (data.length - 1));
  const y = (percent: number) => 100 - percent;
  return (
    <div data-testid="quiz-chart" className="flex gap-1.5 text-[11px] text-stone-500 dark:text-stone-400">
      <YTicks top={100} unit="%" />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <div className="relative h-48 border-b border-stone-300 dark:border-stone-600">
          <svg viewBox="0 0 100 100" preserveAspectRatio="none" className="absolute inset-0 h-full w-full">
            <polyline
              points={data.map((d, i) => `${x(i)},${y(d.percent)}`).join(" ")}
              fill="none"
              stroke="#0f766e"
              strokeWidth={2}
              vectorEffect="non-scaling-stroke"
            />
          </svg>
          {data.map((d, i) => (
            <span
              key={i}
              data-dot
              title={`${d.label}: ${d.percent}% ${label}`}
              className="absolute h-2 w-2 -translate-x-1/2 -translate-y-1/2 rounded-full bg-teal-700"
              style={{ left: `${x(i)}%`, top: `${y(d.percent)}%` }}
            />
          ))}
        </div>
        <XLabels labels={data.map((d) => d.label)} />
      </div>
    </div>
  );
}

/** The value axis: its top, middle and zero, beside a chart 12 rem high. */
function YTicks({ top, unit = "" }: { top: number; unit?: string }) {
  return (
    <div className="flex h-48 flex-col justify-between text-right tabular-nums">
      <span>{`${top}${unit}`}</span>
      <span>{`${top / 2}${unit}`}</span>
      <span>{`0${unit}`}</span>
    </div>
  );
}

/** The first, middle and last labels under a chart: enough to read the dates at any width. */
function XLabels({ labels }: { labels: string[] }) {
  const shown = labels.length <= 3 ? labels : [labels[0]!, labels[Math.floor(labels.length / 2)]!, labels.at(-1)!];
  return (
    <div className="flex justify-between gap-2">
      {shown.map((text, i) => (
        <span key={i}>{text}</span>
      ))}
    </div>
  );
}

/** A round axis top at or above the largest value (even, so that its half is whole too). */
function niceMax(value: number): number {
  if (value <= 4) return 4;
  const step = 10 ** Math.floor(Math.log10(value));
  const top = [1, 2, 2.5, 4, 5, 10].map((m) => m * step).find((t) => t >= value)!;
  return top % 2 === 0 ? top : top * 2;
}
