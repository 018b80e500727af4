/** Sequential colour classes for choropleths, light to dark, each with enough contrast for its label. */
export const choroplethClasses = ["#eef5f1", "#c8e3d4", "#8fc7aa", "#4f9d78", "#23684b"] as const;

/** The class of a value: the legend range it falls in, so the map and its key always agree. */
export function classify(value: number, max: number, classes = choroplethClasses.length): number {
  if (max <= 0 || value <= 0) return 0;
  const breaks = legendBreaks(max, classes);
  // The first range reaching the value: a fraction between two whole-number ranges goes up, not to the top.
  const index = breaks.findIndex((range) => value <= range.to);
  return index === -1 ? breaks.length - 1 : index;
}

export function legendBreaks(max: number, classes = choroplethClasses.length): { from: number; to: number }[] {
  if (max <= 0) return [{ from: 0, to: 0 }];
  const step = max / (classes - 1);
  const breaks = [{ from: 0, to: 0 }];
  // Each class starts just above the previous one's top, so ranges never overlap.
  for (let i = 1; i < classes; i++) {
    const from = (breaks[i - 1]?.to ?? 0) + 1;
    const to = Math.max(from, Math.ceil(step * i));
    if (from > max) break;
    breaks.push({ from, to: Math.min(to, max) });
  }
  return breaks;
}
