// The review heatmap, a year of days in week columns, drawn on the server as plain SVG: no chart
// library in the browser. It is decoration: the figure around it carries the numbers in a table.

export type HeatmapDay = { date: string; count: number; level: number };

type Labels = {
  /** Short month names, January first. */
  months: string[];
  /** Short weekday names, Sunday first. */
  weekdays: string[];
  /** The year's total, in words. */
  totalCount: (count: number) => string;
  less: string;
  more: string;
};

const CELL = 11;
const GAP = 3;
const STEP = CELL + GAP;
const LEFT = 30;
const TOP = 16;
const LEVEL_CLASSES = [
  "fill-stone-200 dark:fill-stone-800",
  "fill-teal-200 dark:fill-teal-900",
  "fill-teal-400 dark:fill-teal-700",
  "fill-teal-600 dark:fill-teal-500",
  "fill-teal-800 dark:fill-teal-300",
];

/** Monday 0 … Sunday 6, for a `YYYY-MM-DD` day. */
function weekdayFromMonday(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export function HeatmapSvg({ days, labels, testId }: { days: HeatmapDay[]; labels: Labels; testId?: string }) {
  const first = days[0] ? weekdayFromMonday(days[0].date) : 0;
  const at = (i: number) => ({ column: Math.floor((first + i) / 7), row: (first + i) % 7 });
  const columns = Math.ceil((first + days.length) / 7);
  const width = LEFT + columns * STEP;
  const height = TOP + 7 * STEP;
  // A month's name over the first column that starts in it, unless the one before is too close.
  const monthLabels: { x: number; text: string }[] = [];
  days.forEach((day, i) => {
    const { column, row } = at(i);
    const month = Number(day.date.slice(5, 7)) - 1;
    const previous = monthLabels.at(-1);
    if ((row === 0 || i === 0) && (i === 0 || day.date.slice(8) <= "07") && previous?.text !== labels.months[month]) {
      const x = LEFT + column * STEP;
      if (!previous || x - previous.x >= 3 * STEP) monthLabels.push({ x, text: labels.months[month]! });
    }
  });
  const total = days.reduce((sum, d) => sum + d.count, 0);
  return (
    <div data-testid={testId} className="text-xs text-stone-600 dark:text-stone-400">
      {/* Right to left, the box opens scrolled to its end: on a phone, today shows first. */}
      <div dir="rtl" className="overflow-x-auto">
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          aria-hidden="true"
          role="presentation"
          className="block"
          direction="ltr"
        >
          {monthLabels.map((m) => (
            <text key={`${m.x}-${m.text}`} x={m.x} y={11} className="fill-current" fontSize={12}>
              {m.text}
            </text>
          ))}
          {[1, 3, 5].map((weekday) => (
            <text key={weekday} x={0} y={TOP + (weekday - 1) * STEP + CELL - 1} className="fill-current" fontSize={11}>
              {labels.weekdays[weekday]}
            </text>
          ))}
          {days.map((day, i) => {
            const { column, row } = at(i);
            return (
              <rect
                key={day.date}
                data-date={day.date}
                data-level={day.level}
                x={LEFT + column * STEP}
                y={TOP + row * STEP}
                width={CELL}
                height={CELL}
                rx={2}
                className={LEVEL_CLASSES[Math.min(4, Math.max(0, day.level))]}
              >
                {day.count > 0 && <title>{`${day.date}: ${day.count}`}</title>}
              </rect>
            );
          })}
        </svg>
      </div>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
        <span>{labels.totalCount(total)}</span>
        <span className="flex items-center gap-1">
          {labels.less}
          <svg width={5 * STEP} height={CELL} aria-hidden="true" role="presentation">
            {LEVEL_CLASSES.map((levelClass, level) => (
              <rect key={level} x={level * STEP} width={CELL} height={CELL} rx={2} className={levelClass} />
            ))}
          </svg>
          {labels.more}
        </span>
      </div>
    </div>
  );
}
