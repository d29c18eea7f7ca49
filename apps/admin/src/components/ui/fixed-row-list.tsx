import type { CSSProperties, ReactElement } from 'react';
import { useFixedRowWindow } from './use-fixed-row-window.js';

/**
 * A scrolling list of rows of one height that renders only the rows in view (plus a few either side), so a list
 * of 10 000 rows costs what a few dozen do. `renderRow` returns the row's `<li>` and must give it `style`, which
 * places it. `regionLabel` names the scrolling area (a region), `listLabel` the list.
 *
 * @example
 * <FixedRowList items={rows} rowHeight={30} maxHeight={256} className="csv-preview" regionLabel="Rows"
 *   renderRow={(row, index, style) => <li key={index} style={style}>{row.name}</li>} />
 */
export function FixedRowList<Item>({
  items,
  rowHeight,
  maxHeight,
  className,
  regionLabel,
  listLabel,
  renderRow,
}: {
  items: readonly Item[];
  rowHeight: number;
  maxHeight: number;
  className: string;
  regionLabel?: string;
  listLabel?: string;
  renderRow: (item: Item, index: number, style: CSSProperties) => ReactElement;
}) {
  const height = Math.min(maxHeight, items.length * rowHeight + 2);
  const shown = useFixedRowWindow({ count: items.length, rowHeight, viewHeight: height, overscan: 8 });
  return (
    <section
      className={className}
      style={{ height: `${height}px` }}
      onScroll={shown.onScroll}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      aria-label={regionLabel}
    >
      <ul className="fixed-row-list" aria-label={listLabel} style={{ height: shown.totalHeight }}>
        {items.slice(shown.first, shown.last).map((item, offset) => {
          const index = shown.first + offset;
          const style: CSSProperties = {
            position: 'absolute',
            top: 0,
            left: 0,
            transform: `translateY(${index * rowHeight}px)`,
          };
          return renderRow(item, index, style);
        })}
      </ul>
    </section>
  );
}
