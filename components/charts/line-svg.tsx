// A small line chart drawn as plain SVG (no chart library in the browser), with vertical markers.
// It is decoration: every use puts the same numbers in text or a table beside it (aria-hidden here).
const TEAL = "#0f766e";

export type LineMarker = { x: number; label: string; color: string };

type Props = {
  points: { x: number; y: number }[];
  xDomain: [number, number];
  yDomain: [number, number];
  markers?: LineMarker[];
  /** Labels of the axes' ends: [x start, x end] and [y bottom, y top]. */
  xTicks: [string, string];
  yTicks: [string, string];
  title: string;
  testId?: string;
  width?: number;
  height?: number;
};

const PAD = { left: 34, right: 8, top: 16, bottom: 18 };

export function LineSvg({
  points,
  xDomain,
  yDomain,
  markers = [],
  xTicks,
  yTicks,
  title,
  testId,
  width = 240,
  height = 120,
}: Props) {
  const sx = (x: number) =>
    PAD.left + ((x - xDomain[0]) / (xDomain[1] - xDomain[0] || 1)) * (width - PAD.left - PAD.right);
  const sy = (y: number) =>
    height - PAD.bottom - ((y - yDomain[0]) / (yDomain[1] - yDomain[0] || 1)) * (height - PAD.top - PAD.bottom);
  const path = points.map((p, i) => `${i ? "L" : "M"}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join("");
  return (
    <figure className="flex flex-col gap-1" data-testid={testId}>
      <figcaption className="text-xs font-medium text-stone-700 dark:text-stone-300">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="w-full max-w-xs" aria-hidden="true" role="presentation">
        <line
          x1={PAD.left}
          x2={width - PAD.right}
          y1={height - PAD.bottom}
          y2={height - PAD.bottom}
          stroke="currentColor"
          strokeOpacity={0.3}
        />
        <line
          x1={PAD.left}
          x2={PAD.left}
          y1={PAD.top}
          y2={height - PAD.bottom}
          stroke="currentColor"
          strokeOpacity={0.3}
        />
        <g fontSize={9} fill="currentColor" fillOpacity={0.7}>
          <text x={PAD.left - 3} y={height - PAD.bottom} textAnchor="end">
            {yTicks[0]}
          </text>
          <text x={PAD.left - 3} y={PAD.top + 6} textAnchor="end">
            {yTicks[1]}
          </text>
          <text x={PAD.left} y={height - 4}>
            {xTicks[0]}
          </text>
          <text x={width - PAD.right} y={height - 4} textAnchor="end">
            {xTicks[1]}
          </text>
        </g>
        <path d={path} fill="none" stroke={TEAL} strokeWidth={2} />
        {markers.map((m, i) => (
          <g key={m.label} data-marker={m.label}>
            <line
              x1={sx(m.x)}
              x2={sx(m.x)}
              y1={PAD.top}
              y2={height - PAD.bottom}
              stroke={m.color}
              strokeDasharray="3 2"
            />
            <text x={sx(m.x)} y={PAD.top - 4 + i * 10} fontSize={9} fill={m.color} textAnchor="middle">
              {m.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
