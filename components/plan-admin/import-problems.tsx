/**
 * The bad rows of an upload, each with why, as the preview of an import lists them before
 * anything is written; `total` counts those left off the list.
 */
export function ImportProblems({ errors, total = errors.length }: { errors: { row: number | null; message: string; cells?: string[] }[]; total?: number }) {
  if (total === 0) return null;
  return (
    <div className="mb-6 rounded-md border-l-8 border-red-700 bg-red-50 p-4" role="alert">
      <h3 className="font-bold text-red-800">
        {total} {total === 1 ? "row has a problem and will be skipped" : "rows have problems and will be skipped"}
      </h3>
      <ul className="mt-2 list-disc pl-6">
        {errors.map((error, i) => (
          <li key={i}>
            {error.message}
            {error.cells ? <span className="block font-mono text-sm text-muted">{error.cells.join(", ")}</span> : null}
          </li>
        ))}
      </ul>
      {total > errors.length ? <p className="mt-2">…and {total - errors.length} more.</p> : null}
    </div>
  );
}
