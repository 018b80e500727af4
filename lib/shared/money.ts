const poundsWhole = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  maximumFractionDigits: 0,
});
const poundsExact = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** £12,400 for whole pounds, £12,400.50 otherwise: money is integer pence everywhere else. */
export function formatPence(pence: number): string {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`not a whole number of pence: ${pence}`);
  return pence % 100 === 0 ? poundsWhole.format(pence / 100) : poundsExact.format(pence / 100);
}

/** Compact form for tight spaces on phones: £1.5m, £240k, £950. */
export function formatPenceShort(pence: number): string {
  const pounds = pence / 100;
  if (Math.abs(pounds) >= 1_000_000) return `£${trim(pounds / 1_000_000)}m`;
  if (Math.abs(pounds) >= 10_000) return `£${trim(pounds / 1_000)}k`;
  return formatPence(Math.round(pence / 100) * 100);
}

function trim(value: number): string {
  return value.toFixed(1).replace(/\.0$/, "");
}

/** Share as a whole percentage, never dividing by zero. */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.round((part / whole) * 100);
}
