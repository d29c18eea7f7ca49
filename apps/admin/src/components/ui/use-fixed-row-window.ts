import { type UIEvent, useCallback, useState } from 'react';

/**
 * Which rows of a long scrolling list of fixed-height rows to render: those in view plus `overscan` either side.
 * Rows of one height need no measuring, so this costs the same for 10 rows as for 10 000; a general virtualiser
 * builds a measurement for every row first, a long task of its own for a 10 000-row preview on a slow machine.
 *
 * @example
 * const rows = useFixedRowWindow({ count: 10_000, rowHeight: 30, viewHeight: 256, overscan: 8 });
 * // <section onScroll={rows.onScroll} style={{ height: 256, overflow: 'auto' }}> rows.first … rows.last
 */
export function useFixedRowWindow(options: {
  count: number;
  rowHeight: number;
  viewHeight: number;
  overscan: number;
}): { first: number; last: number; totalHeight: number; onScroll: (event: UIEvent<HTMLElement>) => void } {
  const { count, rowHeight, viewHeight, overscan } = options;
  const [scrollTop, setScrollTop] = useState(0);
  const onScroll = useCallback((event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop), []);
  const first = Math.min(count, Math.max(0, Math.floor(scrollTop / rowHeight) - overscan));
  const last = Math.min(count, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan);
  return { first, last, totalHeight: count * rowHeight, onScroll };
}
