/** Sequential colour classes for choropleths, light to dark, each with enough contrast for its label. */
export const choroplethClasses = ["#eef5f1", "#c8e3d4", "#8fc7aa", "#4f9d78", "#23684b"] as const;

/** Splits [0, max] into equal classes; 0 gets the lightest class. */
export function classify(value: number, max: number, classes = choroplethClasses.length): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.min(classes - 1, Math.ceil((value / max) * (classes - 1)));
}

export function legendBreaks(max: number, classes = choroplethClasses.length): { from: number; to: number }[] {
  if (max <= 0) return [{ from: 0, to: 0 }];
  const step = max / (classes - 1);
  const breaks = [{ from: 0, to: 0 }];
  for (let i = 1; i < classes; i++) breaks.push({ from: Math.floor(step * (i - 1)) + 1, to: Math.ceil(step * i) });
  return breaks;
}
