import type { ReactNode } from "react";
import { Pagination } from "@/components/ui/pagination";
import { describePage, parsePage } from "@/lib/shared/pagination";

export interface Bar {
  label: string;
  value: number;
  text: string;
  /** A bar to compare against (residents beside people taking part), drawn paler. */
  tone?: "comparison";
}

/** A horizontal bar chart drawn on the server. Hidden from screen readers: the table beside it has the numbers. */
export function BarChart({ bars }: { bars: Bar[] }) {
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const rowHeight = 34;
  const width = 360;
  return (
    <svg viewBox={`0 0 ${width} ${Math.max(1, bars.length) * rowHeight}`} className="h-auto w-full" aria-hidden="true" focusable="false">
      {bars.map((bar, index) => {
        const length = max > 0 ? Math.max(bar.value > 0 ? 2 : 0, ((width - 90) * bar.value) / max) : 0;
        const y = index * rowHeight;
        return (
          <g key={`${bar.label}-${index}`}>
            <text x={0} y={y + 12} fontSize="12" fill="#1b1f23">
              {bar.label.length > 48 ? `${bar.label.slice(0, 46)}…` : bar.label}
            </text>
            <rect x={0} y={y + 16} width={length} height={12} fill={bar.tone === "comparison" ? "#8a9a91" : "#1f6b4a"} />
            <text x={length + 4} y={y + 27} fontSize="12" fill="#1b1f23">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Rows a figure shows at once; the rest are a page away, and all of them are in the CSV. */
export const FIGURE_PAGE_SIZE = 25;

/**
 * One figure: heading, optional picture, the accessible table with the same numbers (a page of
 * them when there are many), and its CSV with every row.
 */
export function MeasureFigure({
  id,
  title,
  caption,
  note,
  header,
  rows,
  bars,
  csvHref,
  page = 1,
  hrefForPage,
  children,
}: {
  id: string;
  title: string;
  caption: string;
  note?: string;
  header: string[];
  rows: (string | number)[][];
  bars?: Bar[];
  csvHref: string;
  /** Which page of rows to show, from the page's query string. */
  page?: number;
  hrefForPage?: (page: number) => string;
  children?: ReactNode;
}) {
  const pageSize = hrefForPage ? FIGURE_PAGE_SIZE : Math.max(1, rows.length);
  const info = describePage(parsePage(String(page), pageSize), rows.length);
  const range = [(info.page - 1) * pageSize, info.page * pageSize] as const;
  const shown = rows.slice(...range);
  // A chart with one bar per row pages with its table; a chart of other bars stays whole.
  const shownBars = bars && bars.length === rows.length ? bars.slice(...range) : bars;
  return (
    <section aria-labelledby={id} className="mb-6 rounded-lg border border-stone-300 bg-white p-3">
      <h3 id={id} className="mb-2 text-lg font-bold">
        {title}
      </h3>
      {children}
      {shownBars && shownBars.length > 0 ? <BarChart bars={shownBars} /> : null}
      {note ? <p className="mt-2 text-sm text-muted">{note}</p> : null}
      {rows.length === 0 ? (
        <p className="text-muted">Nothing to show yet.</p>
      ) : (
        <div className="mt-2">
          {/* The caption is read with the table; this copy wraps at the screen's width, which a caption in a wide table cannot. */}
          <p aria-hidden="true" className="mb-1 text-sm text-muted">
            {caption}
          </p>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${title} (table, scrolls sideways)`}>
            <table className="data-table">
              <caption className="sr-only">{caption}</caption>
              <thead>
                <tr>
                  {header.map((heading) => (
                    <th key={heading} scope="col">
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {row.map((cell, cellIndex) =>
                      cellIndex === 0 ? (
                        <th key={cellIndex} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={cellIndex}>{cell}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {hrefForPage ? <Pagination info={info} hrefFor={hrefForPage} label={`Pages of ${title}`} /> : null}
        </div>
      )}
      <p className="mt-2">
        <a href={csvHref} className="inline-flex min-h-11 items-center text-brand-700 underline">
          Download as CSV<span className="sr-only">: {title}</span>
        </a>
      </p>
    </section>
  );
}
