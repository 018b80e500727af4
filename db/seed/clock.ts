/** The fixed "now" the demo is written around, so dates read the same on every run. */
export const DEMO_NOW = new Date("2026-11-01T09:00:00Z");

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A date from content: "2026-10-04" (09:00 UK time that day) or a full ISO timestamp. */
export function at(value: string): Date {
  const date = new Date(value.length === 10 ? `${value}T09:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${value}`);
  return date;
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * HOUR);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY;
}

/** A time between two dates, rounded to the minute so it reads like a real timestamp. */
export function between(from: Date, to: Date, fraction: number): Date {
  const ms = from.getTime() + (to.getTime() - from.getTime()) * fraction;
  return new Date(Math.round(ms / 60_000) * 60_000);
}

export function earliest(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((date) => date.getTime())));
}

export function latest(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((date) => date.getTime())));
}
