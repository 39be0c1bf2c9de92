import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone. The region takes keyboard focus, so people
 * without a mouse or touch screen can scroll it too; it is named by the table's caption.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section className="table-scroll" tabIndex={0} aria-labelledby={labelledBy}>
      {children}
    </section>
  );
}
