"use client";

// The dashboard's charts (recharts and react-activity-calendar draw in the browser). Each sits in
// a ChartFigure whose table carries the same numbers for screen readers.
import { useEffect, useRef, type ReactElement } from "react";
import { ActivityCalendar } from "react-activity-calendar";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

const TEAL = "#0f766e";
const LIGHT_TEAL = "#5eead4";
// Every chart sits in an aria-hidden box beside its table, so none takes keyboard focus (accessibilityLayer off).
const initialDimension = { width: 640, height: 220 };

/** A chart's box, `height` pixels high: the chart fills it at any width. */
function ChartBox({ testId, height = 224, children }: { testId: string; height?: number; children: ReactElement }) {
  return (
    <div className="w-full" style={{ height }} data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={initialDimension}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}

export function ReviewCalendar({
  days,
  labels,
}: {
  days: { date: string; count: number; level: number }[];
  labels: { months: string[]; weekdays: string[]; totalCount: string; less: string; more: string };
}) {
  const box = useRef<HTMLDivElement>(null);
  // On a narrow screen, show the latest months first. The library scrolls in a box of its own, and
  // its calendar widens once mounted (weekday labels are measured in the browser): follow it.
  useEffect(() => {
    const scroller = box.current?.querySelector<HTMLElement>(".react-activity-calendar__scroll-container");
    const calendar = scroller?.querySelector("svg");
    if (!scroller || !calendar) return;
    const toToday = () => (scroller.scrollLeft = scroller.scrollWidth);
    toToday();
    const observer = new ResizeObserver(toToday);
    observer.observe(calendar);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} data-testid="heatmap-chart">
      <ActivityCalendar
        data={days}
        blockSize={11}
        blockMargin={3}
        fontSize={12}
        weekStart={1}
        labels={{
          months: labels.months,
          weekdays: labels.weekdays,
          totalCount: labels.totalCount,
          legend: { less: labels.less, more: labels.more },
        }}
        theme={{
          light: ["#e7e5e4", "#99f6e4", "#2dd4bf", "#0d9488", "#115e59"],
          dark: ["#292524", "#134e4a", "#0f766e", "#14b8a6", "#5eead4"],
        }}
      />
    </div>
  );
}

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
  return (
    <>
      <ChartBox testId="forecast-chart">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 4, right: 4, bottom: 0, left: -20 }}>
          <CartesianGrid vertical={false} strokeOpacity={0.3} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={16} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Bar dataKey="count" name={label} fill={TEAL} radius={[3, 3, 0, 0]} isAnimationActive={false}>
            {data.map((d, i) => (
              <Cell key={i} fill={d.easy ? LIGHT_TEAL : TEAL} data-easy={d.easy || undefined} />
            ))}
          </Bar>
        </BarChart>
      </ChartBox>
      {easyLegend && <p className="mt-1 text-xs text-stone-500 dark:text-stone-400">{easyLegend}</p>}
    </>
  );
}

export function MasteryChart({
  data,
  labels,
}: {
  data: { name: string; mastered: number; recall: number }[];
  labels: { mastered: string; recall: string };
}) {
  return (
    <ChartBox testId="mastery-chart" height={Math.max(120, data.length * 44 + 40)}>
      <BarChart
        accessibilityLayer={false}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 8, bottom: 0, left: 8 }}
      >
        <CartesianGrid horizontal={false} strokeOpacity={0.3} />
        <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 11 }} />
        <Tooltip formatter={(value) => `${value}%`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="mastered" name={labels.mastered} fill={TEAL} isAnimationActive={false} />
        <Bar dataKey="recall" name={labels.recall} fill="#7dd3fc" isAnimationActive={false} />
      </BarChart>
    </ChartBox>
  );
}

export function QuizScoreChart({ data, label }: { data: { label: string; percent: number }[]; label: string }) {
  return (
    <ChartBox testId="quiz-chart">
      <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
        <CartesianGrid vertical={false} strokeOpacity={0.3} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
        <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
        <Tooltip formatter={(value) => `${value}%`} />
        <Line dataKey="percent" name={label} stroke={TEAL} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </ChartBox>
  );
}
