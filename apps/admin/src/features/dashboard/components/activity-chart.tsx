import { useEffect, useRef, useState } from 'react';
import type { WeekCount } from '../activity-chart-cubit.js';

const HEIGHT = 220;
const MARGIN = { top: 20, right: 8, bottom: 28, left: 40 };

/** Round steps for the value axis (1, 2, 5 × 10ⁿ), about four of them up to the largest count. */
function ticksFor(max: number): number[] {
  const rough = Math.max(1, max) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? rough;
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return ticks;
}

/**
 * The chart's width in CSS pixels, followed as the container resizes: the SVG is drawn at its real size, so its
 * text stays 12 px on a phone and on a wide screen instead of scaling with the picture.
 */
function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * Activities per week as SVG bars on a value axis with gridlines, the current week in its own colour. The picture's
 * accessible name lists every week's count (a screen reader cannot see bar heights), and the same figures are in a
 * table under it that anyone can open.
 */
export function ActivityChart({
  weeks,
  title,
  weekLabel,
  describe,
  currentLabel,
  isCurrent,
  tableCaption,
  weekHeader,
  countHeader,
  formatNumber,
}: {
  weeks: readonly WeekCount[];
  title: string;
  /** The short label under a bar (`uke 12`). */
  weekLabel: (week: WeekCount) => string;
  /** A week with its count, for the picture's accessible name (`Uke 12: 35`). */
  describe: (week: WeekCount) => string;
  /** The legend's text for the current week's colour (`Denne uken`). */
  currentLabel: string;
  isCurrent: (week: WeekCount) => boolean;
  tableCaption: string;
  weekHeader: string;
  countHeader: string;
  formatNumber: (value: number) => string;
}) {
  const [ref, measured] = useWidth();
  const width = Math.max(240, measured);
  const ticks = ticksFor(Math.max(...weeks.map((week) => week.count)));
  const top = ticks[ticks.length - 1] ?? 1;
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / Math.max(1, weeks.length);
  const barWidth = Math.min(56, slot * 0.6);
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;
  return (
    <div className="chart" ref={ref}>
      <svg
        className="activity-chart"
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={`${title}: ${weeks.map(describe).join(', ')}`}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="grid-line" x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text className="axis-label" x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        <line
          className="axis-line"
          x1={MARGIN.left}
          x2={width - MARGIN.right}
          y1={MARGIN.top + plotHeight}
          y2={MARGIN.top + plotHeight}
        />
        {weeks.map((week, index) => {
          const x = MARGIN.left + index * slot + (slot - barWidth) / 2;
          const barTop = y(week.count);
          return (
            <g key={week.start}>
              <rect
                x={x}
                y={barTop}
                width={barWidth}
                height={MARGIN.top + plotHeight - barTop}
                rx={3}
                className={isCurrent(week) ? 'bar bar-current' : 'bar'}
              />
              <text x={x + barWidth / 2} y={barTop - 5} textAnchor="middle">
                {formatNumber(week.count)}
              </text>
              <text className="axis-label" x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle">
                {weekLabel(week)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="chart-legend" aria-hidden="true">
        <span>
          <span className="legend-swatch" />
          {title}
        </span>
        <span>
          <span className="legend-swatch legend-swatch-current" />
          {currentLabel}
        </span>
      </p>
      <details className="chart-table">
        <summary>{tableCaption}</summary>
        <table className="table">
          <caption className="visually-hidden">{tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{weekHeader}</th>
              <th scope="col">{countHeader}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.start} aria-current={isCurrent(week) ? 'date' : undefined}>
                <th scope="row">
                  {weekLabel(week)}
                  {isCurrent(week) ? ` (${currentLabel})` : ''}
                </th>
                <td>{formatNumber(week.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
