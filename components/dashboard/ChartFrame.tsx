import type { ReactNode } from 'react';

/** A titled chart with a text summary for screen readers (the SVG itself is decorative: hidden, and out of the tab order). */
export function ChartFrame({
  title,
  summary,
  children,
  testId,
}: {
  title: string;
  summary: string;
  children: ReactNode;
  testId: string;
}) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4" data-testid={testId}>
      <figcaption className="mb-2 text-sm font-semibold">{title}</figcaption>
      <div className="h-56" aria-hidden="true">
        {children}
      </div>
      <p className="sr-only">{summary}</p>
    </figure>
  );
}
