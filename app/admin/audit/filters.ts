import type { AuditFilters } from "@/db/queries/platform/list-audit-entries";
import { parseLondonDateTime } from "@/lib/plans/phase-dates";

type Query = Record<string, string | string[] | undefined>;

const one = (query: Query, key: string, max = 100): string => {
  const value = query[key];
  return (typeof value === "string" ? value : "").trim().slice(0, max);
};

/** The calendar day after "2026-05-03": "2026-05-04". */
function nextDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** The filters from a query string, as typed (for the form) and as the query uses them. */
export function readAuditFilters(query: Query): { typed: Record<"action" | "entityType" | "actor" | "from" | "to", string>; filters: AuditFilters } {
  const typed = { action: one(query, "action"), entityType: one(query, "entityType"), actor: one(query, "actor"), from: one(query, "from", 10), to: one(query, "to", 10) };
  const from = isDate(typed.from) ? parseLondonDateTime(`${typed.from}T00:00`) : null;
  // "To 3 May" includes the whole of 3 May in UK time.
  const before = isDate(typed.to) && parseLondonDateTime(`${typed.to}T00:00`) ? parseLondonDateTime(`${nextDay(typed.to)}T00:00`) : null;
  return {
    typed,
    filters: {
      action: typed.action || undefined,
      entityType: typed.entityType || undefined,
      actor: typed.actor || undefined,
      from: from ?? undefined,
      before: before ?? undefined,
    },
  };
}

/** The query string for the same filters (page and CSV links keep what was chosen). */
export function auditQuery(typed: Record<string, string>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(Object.entries({ ...typed, ...extra }).filter(([, v]) => v !== ""));
  const text = params.toString();
  return text ? `?${text}` : "";
}
