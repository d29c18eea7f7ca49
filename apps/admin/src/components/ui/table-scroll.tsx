import type { ReactNode } from 'react';

/**
 * The container a table scrolls sideways in when the screen is narrower than its columns, so the document itself
 * never does. It takes focus (a keyboard user can scroll it with the arrows) and is named by the table's heading.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // A group, not a fieldset (it holds a table, not a form's controls) nor a region (a landmark per table is noise).
    // biome-ignore lint/a11y/useSemanticElements: see above
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling container must be reachable by keyboard to scroll
    <div className="table-scroll" role="group" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
