import type { WeekCount } from '../activity-chart-cubit.js';

/**
 * Activities per week as plain SVG bars. The numbers are also in the accessible text of each bar, since a
 * screen reader cannot see bar heights.
 */
export function ActivityChart({
  weeks,
  title,
  describe,
  weekLabel,
}: {
  weeks: readonly WeekCount[];
  title: string;
  describe: (week: WeekCount) => string;
  /** The short label under a bar (`uke 12`). */
  weekLabel: (week: WeekCount) => string;
}) {
  const width = 360;
  const height = 140;
  const gap = 12;
  const max = Math.max(1, ...weeks.map((week) => week.count));
  const barWidth = (width - gap * (weeks.length + 1)) / Math.max(1, weeks.length);
  return (
    <svg
      className="activity-chart"
      viewBox={`0 0 ${width} ${height + 24}`}
      role="img"
      aria-label={`${title}: ${weeks.map(describe).join(', ')}`}
    >
      {weeks.map((week, index) => {
        const barHeight = Math.round((week.count / max) * (height - 20));
        const x = gap + index * (barWidth + gap);
        const y = height - barHeight;
        return (
          <g key={week.start}>
            <title>{describe(week)}</title>
            <rect x={x} y={y} width={barWidth} height={barHeight} rx={3} className="bar" />
            <text x={x + barWidth / 2} y={y - 4} textAnchor="middle" className="bar-value">
              {week.count}
            </text>
            <text x={x + barWidth / 2} y={height + 16} textAnchor="middle" className="bar-label">
              {weekLabel(week)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
