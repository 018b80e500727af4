import type { ReactNode } from "react";

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

/** One figure: heading, optional chart, the accessible table with the same numbers, and its CSV. */
export function MeasureFigure({
  id,
  title,
  caption,
  note,
  header,
  rows,
  bars,
  csvHref,
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
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mb-6 rounded-lg border border-stone-300 bg-white p-3">
      <h3 id={id} className="mb-2 text-lg font-bold">
        {title}
      </h3>
      {children}
      {bars && bars.length > 0 ? <BarChart bars={bars} /> : null}
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
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                {header.map((heading) => (
                  <th key={heading} scope="col" className="border-b border-stone-300 px-2 py-1 text-left">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, cellIndex) =>
                    cellIndex === 0 ? (
                      <th key={cellIndex} scope="row" className="border-b border-stone-200 px-2 py-1 text-left font-normal">
                        {cell}
                      </th>
                    ) : (
                      <td key={cellIndex} className="border-b border-stone-200 px-2 py-1">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          </div>
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
