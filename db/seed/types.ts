/** What a seed run wrote: rows per table, for the CLI to print and tests to check. */
export interface SeedSummary {
  label: string;
  rows: Record<string, number>;
}

export function totalRows(summary: SeedSummary): number {
  return Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
}
