import type { ReactNode } from 'react';

/**
 * A secondary figure section of the popup, closed until asked for: with eight categories the popup
 * fits 800 × 600 only without them, and each adds a line per category (#15).
 */
export function FigureDetails({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="popup-more">
      <summary>{title}</summary>
      {children}
    </details>
  );
}
