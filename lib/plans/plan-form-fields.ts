import { z } from "zod";
import { parsePoundsToPence } from "../shared/money-input";

// Reading the plan form's raw fields. Repeated rows arrive as parallel lists; an error names its
// row by index ("ringFences.1.amount"), the index of the row as shown, so it lands next to that row.

export const planLimits = {
  titleMin: 5,
  titleMax: 140,
  slugMax: 60,
  summaryMax: 1_000,
  periodMax: 60,
  listItemMax: 200,
  descriptionMax: 1_000,
  listRows: 20,
  ringFences: 10,
  approvalLimitMax: 100,
  pointsMax: 1_000,
  thresholdMax: 100_000,
} as const;

export type Raw = Record<string, unknown>;

export type Issue = { path: (string | number)[]; message: string };

export const str = (raw: Raw, key: string): string => {
  const value = raw[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first.trim() : "";
};

export const list = (raw: Raw, key: string): string[] => {
  const value = raw[key];
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.map((item) => (typeof item === "string" ? item.trim() : ""));
};

export const checked = (raw: Raw, key: string) => ["on", "true", "1", "yes"].includes(str(raw, key));

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d{1,9}$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

export function money(text: string, what: string): { ok: true; pence: number } | { ok: false; message: string } {
  const parsed = parsePoundsToPence(text);
  if (parsed.ok) return parsed;
  return { ok: false, message: parsed.message.replace(/estimated cost|cost/, what).replace(/^The /, "The ") };
}

/** Repeated rows, from their parallel lists of fields. */
export function rows(raw: Raw, keys: readonly string[]): string[][] {
  const columns = keys.map((key) => list(raw, key));
  const count = Math.max(0, ...columns.map((c) => c.length));
  return Array.from({ length: count }, (_, i) => columns.map((c) => c[i] ?? ""));
}

/** A zod schema that reads the raw form with `read`, reporting every issue it pushes against its field. */
export function withIssues<T>(read: (raw: Raw, issues: Issue[]) => T) {
  return z.record(z.string(), z.unknown()).transform((raw, ctx) => {
    const issues: Issue[] = [];
    const value = read(raw, issues);
    for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return issues.length ? z.NEVER : value;
  });
}

/** A field that must be an id, reported against that field when it is not. */
export const uuid = (raw: Raw, key: string, message: string, issues: Issue[]) => {
  const value = str(raw, key);
  if (!uuidPattern.test(value)) issues.push({ path: [key], message });
  return value;
};
