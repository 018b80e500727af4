import { planPhases, type Phase } from "./phases";
import { str, type Issue, type Raw } from "./plan-form-fields";

export interface PhaseDates {
  phase: Phase;
  startsAt: Date;
  endsAt: Date | null;
}

// UK local time for datetime-local inputs, whatever the server's zone.

const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function londonWallClock(date: Date): { y: number; m: number; d: number; h: number; min: number } {
  const parts = Object.fromEntries(londonParts.formatToParts(date).map((p) => [p.type, p.value]));
  return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day), h: Number(parts.hour), min: Number(parts.minute) };
}

/** "2026-05-01T09:00" as a person in the UK means it, or null when it is not a real time. */
export function parseLondonDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [y, m, d, h, min] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, h, min);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d || h > 23 || min > 59) return null;
  // The offset of London at that moment (0 or one hour); a second pass settles the change-over days.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const wall = londonWallClock(new Date(guess));
    const offset = Date.UTC(wall.y, wall.m - 1, wall.d, wall.h, wall.min) - guess;
    guess = asUtc - offset;
  }
  return new Date(guess);
}

/** The value a datetime-local input shows for a stored time, in UK time. */
export function toLondonInput(date: Date | null | undefined): string {
  if (!date) return "";
  const w = londonWallClock(date);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${w.y}-${two(w.m)}-${two(w.d)}T${two(w.h)}:${two(w.min)}`;
}

/**
 * The dates of each phase the form gives, in phase order: a phase may leave its end open, but
 * not its start, and none may start before the phase it follows.
 */
export function readPhaseDates(raw: Raw, issues: Issue[]): PhaseDates[] {
  const phases: PhaseDates[] = [];
  for (const phase of planPhases) {
    const [startText, endText] = [str(raw, `phaseStart.${phase}`), str(raw, `phaseEnd.${phase}`)];
    if (!startText && !endText) continue;
    const startsAt = startText ? parseLondonDateTime(startText) : null;
    const endsAt = endText ? parseLondonDateTime(endText) : null;
    if (!startsAt) {
      issues.push({ path: [`phaseStart.${phase}`], message: startText ? "Enter a real date and time" : "Give the start as well as the end" });
      continue;
    }
    if (endText && !endsAt) {
      issues.push({ path: [`phaseEnd.${phase}`], message: "Enter a real date and time" });
      continue;
    }
    if (endsAt && endsAt <= startsAt) {
      issues.push({ path: [`phaseEnd.${phase}`], message: "The end must be after the start" });
      continue;
    }
    const previous = phases.at(-1);
    if (previous && startsAt < previous.startsAt) {
      issues.push({ path: [`phaseStart.${phase}`], message: `This phase cannot start before the ${previous.phase} phase` });
      continue;
    }
    phases.push({ phase, startsAt, endsAt });
  }
  return phases;
}
