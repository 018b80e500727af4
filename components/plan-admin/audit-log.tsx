import Link from "next/link";
import { LinkButton, Select, TextField } from "@/components/ui";
import { formatDateTime } from "@/lib/shared/dates";

export interface AuditRow {
  seq: number;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  reason: string | null;
  details: Record<string, unknown>;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
}

type Typed = Record<"action" | "entityType" | "actor" | "from" | "to", string>;

/** A plain GET form, so filters live in the address and a filtered view can be shared or bookmarked. */
export function AuditFilterForm({ typed, actions, entityTypes, csvHref }: { typed: Typed; actions: string[]; entityTypes: string[]; csvHref: string }) {
  return (
    <form method="get" className="mb-6 rounded-lg border border-stone-300 bg-white p-4">
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
        <Select id="action" name="action" label="Action" placeholder="Any action" options={actions.map((a) => ({ value: a, label: a }))} defaultValue={typed.action} />
        <Select id="entityType" name="entityType" label="What it acted on" placeholder="Anything" options={entityTypes.map((e) => ({ value: e, label: e }))} defaultValue={typed.entityType} />
        <TextField id="actor" name="actor" type="search" label="Who (name or email)" defaultValue={typed.actor} />
        <TextField id="from" name="from" type="date" label="From" defaultValue={typed.from} />
        <TextField id="to" name="to" type="date" label="To (inclusive)" defaultValue={typed.to} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 bg-brand-600 px-4 font-semibold text-white">
          Filter
        </button>
        <Link href="/admin/audit" className="inline-flex min-h-11 items-center text-brand-700 underline">
          Clear filters
        </Link>
        <LinkButton href={csvHref} variant="secondary">
          Download these entries as CSV
        </LinkButton>
      </div>
    </form>
  );
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Audit log entries (scrolls sideways)">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Audit log entries, newest first</caption>
        <thead>
          <tr className="border-b-2 border-stone-400">
            <th scope="col" className="p-2">When</th>
            <th scope="col" className="p-2">Who</th>
            <th scope="col" className="p-2">What</th>
            <th scope="col" className="p-2">Why</th>
            <th scope="col" className="p-2">Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.seq} className="border-b border-stone-200 align-top">
              <td className="whitespace-nowrap p-2">
                <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>
              </td>
              <td className="p-2">{row.actorName ?? (row.actorId ? "Unnamed person" : "System")}{row.actorEmail ? <span className="block text-muted">{row.actorEmail}</span> : null}</td>
              <td className="p-2">
                <span className="font-mono">{row.action}</span>
                <span className="block text-muted">
                  {row.entityType}
                  {row.entityId ? ` ${row.entityId}` : ""}
                </span>
              </td>
              <td className="p-2">{row.reason ?? <span className="text-muted">—</span>}</td>
              <td className="p-2">
                {Object.keys(row.details).length ? (
                  <details>
                    <summary className="cursor-pointer text-brand-700 underline">Show</summary>
                    <pre className="mt-1 max-w-md overflow-x-auto whitespace-pre-wrap break-words text-xs">{JSON.stringify(row.details, null, 2)}</pre>
                  </details>
                ) : (
                  <span className="text-muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
