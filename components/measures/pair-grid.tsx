/**
 * Which labels occur together, as a grid: row and column i are the same label, each cell shaded
 * by how often the pair occurs and carrying the number. Drawn on the server and hidden from
 * screen readers: the table beside it lists every pair.
 */
export function PairGrid({ labels, counts }: { labels: string[]; counts: number[][] }) {
  const max = Math.max(1, ...counts.flat());
  const labelWidth = 170;
  const cell = Math.min(48, Math.floor((360 - labelWidth) / Math.max(1, labels.length)));
  const top = 22;
  const width = labelWidth + cell * labels.length;
  const height = top + cell * labels.length + 4;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-xl" aria-hidden="true" focusable="false">
      {labels.map((label, column) => (
        <text key={`column-${label}`} x={labelWidth + column * cell + cell / 2} y={14} textAnchor="middle" fontSize="12" fill="#1b1f23">
          {column + 1}
        </text>
      ))}
      {labels.map((label, row) => (
        <g key={`row-${label}`}>
          <text x={0} y={top + row * cell + cell / 2 + 4} fontSize="12" fill="#1b1f23">
            {`${row + 1}. ${label.length > 24 ? `${label.slice(0, 23)}…` : label}`}
          </text>
          {labels.map((other, column) => {
            const value = counts[row]?.[column] ?? 0;
            const x = labelWidth + column * cell;
            const y = top + row * cell;
            if (row === column) return <rect key={other} x={x + 1} y={y + 1} width={cell - 2} height={cell - 2} fill="#e7e5e4" />;
            const strength = value / max;
            return (
              <g key={other}>
                <rect x={x + 1} y={y + 1} width={cell - 2} height={cell - 2} fill={value === 0 ? "#ffffff" : `rgba(31, 107, 74, ${0.15 + 0.85 * strength})`} stroke="#a8a29e" />
                <text x={x + cell / 2} y={y + cell / 2 + 4} textAnchor="middle" fontSize="12" fill={strength > 0.55 ? "#ffffff" : "#1b1f23"}>
                  {value}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
