export interface ChartRow {
  id: string;
  title: string;
  votes: number;
  costPence: number;
  selected: boolean;
}

/**
 * Votes (or, on a points ballot, points) per project as a server-rendered SVG bar chart. It is decorative for screen readers:
 * the table beside it carries the same numbers and the reasons.
 */
export function VotesChart({ rows, unit = "Votes" }: { rows: ChartRow[]; unit?: "Votes" | "Points" }) {
  const max = Math.max(1, ...rows.map((r) => r.votes));
  const rowHeight = 34;
  const width = 600;
  return (
    <figure className="rounded-lg border border-stone-300 bg-white p-3">
      <svg viewBox={`0 0 ${width} ${rows.length * rowHeight}`} className="h-auto w-full" aria-hidden="true" focusable="false">
        {rows.map((row, index) => {
          const barWidth = Math.max(2, ((width - 80) * row.votes) / max);
          const y = index * rowHeight;
          return (
            <g key={row.id}>
              <rect x={0} y={y + 16} width={barWidth} height={14} fill={row.selected ? "#1f6b4a" : "#a8a29e"} />
              <text x={0} y={y + 12} fontSize="13" fill="#1b1f23">
                {row.title.length > 70 ? `${row.title.slice(0, 68)}…` : row.title}
              </text>
              <text x={barWidth + 6} y={y + 28} fontSize="13" fill="#1b1f23">
                {row.votes}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-muted">
        {unit} for each project; dark green bars were selected. The table below gives the same figures, with each project&apos;s cost and the reason.
      </figcaption>
    </figure>
  );
}
