import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AuditFilterForm, AuditTable } from "@/components/plan-admin/audit-log";
import { EmptyState, PageHeader, Pagination } from "@/components/ui";
import { getDb } from "@/db";
import { auditFilterChoices, listAuditEntries } from "@/db/queries/platform/list-audit-entries";
import { describePage, parsePage } from "@/lib/shared/pagination";
import { can } from "@/lib/policy";
import { getActor } from "../../_server/session";
import { auditQuery, readAuditFilters } from "./filters";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?next=/admin/audit");
  if (!can(actor, "audit.view")) notFound();
  const query = await searchParams;
  const { typed, filters } = readAuditFilters(query);
  const page = parsePage(query.page, 50);
  const db = await getDb();
  const [{ rows, total }, choices] = await Promise.all([listAuditEntries(db, filters, page), auditFilterChoices(db)]);

  return (
    <>
      <PageHeader title="Audit log" lead="Every privileged action, newest first: who did what, when and why. Entries are never changed or removed." />
      <AuditFilterForm typed={typed} actions={choices.actions} entityTypes={choices.entityTypes} csvHref={`/admin/audit/csv${auditQuery(typed)}`} />
      {rows.length === 0 ? <EmptyState title="No entries match these filters" /> : <AuditTable rows={rows} />}
      <Pagination info={describePage(page, total)} label="Audit log pages" hrefFor={(n) => `/admin/audit${auditQuery(typed, { page: String(n) })}`} />
    </>
  );
}
