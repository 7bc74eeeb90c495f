"use client";

// The review heatmap (react-activity-calendar draws it in the browser). It sits in a ChartFigure
// whose table carries the same numbers for screen readers.
import { useEffect, useRef } from "react";
import { ActivityCalendar } from "react-activity-calendar";

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
