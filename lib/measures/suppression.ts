/** Counts below this are never shown, so no one can be picked out of a small group. */
export const SMALL_NUMBER = 5;

export type SuppressedCount =
  | { shown: true; value: number }
  | { shown: false; reason: "small" | "secondary" };

export interface SuppressedGroup {
  cells: SuppressedCount[];
  total: SuppressedCount;
}

/**
 * Small-number suppression for one group of counts that add up to a published total.
 * Counts from 1 to 4 are hidden ("small"); a zero is shown, since it picks out no one. If what is
 * hidden could still be worked out from the total (only one cell hidden, or the hidden cells adding
 * up to fewer than 5), the next smallest non-zero cells are hidden too ("secondary") until it cannot.
 */
export function suppressSmallNumbers(counts: readonly number[], threshold = SMALL_NUMBER): SuppressedGroup {
  const isSmall = (value: number) => value > 0 && value < threshold;
  const cells: SuppressedCount[] = counts.map((value) => (isSmall(value) ? { shown: false, reason: "small" } : { shown: true, value }));
  const total = counts.reduce((sum, value) => sum + value, 0);
  const hiddenSum = () => counts.reduce((sum, value, index) => sum + (cells[index]?.shown === false ? value : 0), 0);
  const hiddenCount = () => cells.filter((cell) => !cell.shown).length;
  while (hiddenCount() > 0 && (hiddenCount() === 1 || hiddenSum() < threshold)) {
    let smallest = -1;
    counts.forEach((value, index) => {
      const current = counts[smallest];
      if (cells[index]?.shown && value > 0 && (smallest === -1 || current === undefined || value < current)) smallest = index;
    });
    if (smallest === -1) break;
    cells[smallest] = { shown: false, reason: "secondary" };
  }
  return { cells, total: isSmall(total) ? { shown: false, reason: "small" } : { shown: true, value: total } };
}

/** How a suppressed count reads on the page and in the CSV, so both say the same. */
export function describeCount(cell: SuppressedCount): string {
  if (cell.shown) return String(cell.value);
  return cell.reason === "small" ? `fewer than ${SMALL_NUMBER}` : "withheld";
}
