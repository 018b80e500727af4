import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { InlineActionForm } from "@/components/admin/inline-action-form";
import { Badge, Card, EmptyState, PageHeader, Pagination, TextField } from "@/components/ui";
import { getDb } from "@/db";
import { listPeopleForOfficers } from "@/db/queries/people/search-people";
import { can } from "@/lib/policy";
import { describePage, parsePage } from "@/lib/shared/pagination";
import { getActor } from "../../_server/session";
import { reinstatePersonAction, suspendPersonAction, verifyHomeAreaAction } from "./actions";

export const metadata: Metadata = { title: "People" };

export default async function PeopleAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?next=/admin/people");
  if (!can(actor, "user.suspend", { targetUserId: "" })) notFound();
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q.trim().slice(0, 100) : "";
  const page = parsePage(query.page, 20);
  const { rows, total } = await listPeopleForOfficers(await getDb(), q, page);

  return (
    <>
      <PageHeader title="People" lead="Find a person to verify their home neighbourhood, or to suspend or reinstate them." />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <TextField id="q" name="q" type="search" label="Name or email" defaultValue={q} />
        </div>
        <button type="submit" className="mb-5 inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 bg-brand-600 px-4 font-semibold text-white">
          Search
        </button>
      </form>
      {rows.length === 0 ? <EmptyState title="No one matches" /> : null}
      <ul className="grid gap-4">
        {rows.map((person) => (
          <li key={person.id}>
            <Card>
              <h2 className="font-semibold">{person.name ?? "No name"}</h2>
              <p className="text-sm text-muted">{person.email}</p>
              <div className="mt-2 flex flex-wrap gap-2">
                {person.homeAreaName ? <Badge tone={person.homeAreaVerifiedAt ? "success" : "neutral"}>{person.homeAreaName}{person.homeAreaVerifiedAt ? " (verified)" : " (not verified)"}</Badge> : <Badge>No home neighbourhood</Badge>}
                {person.suspendedAt ? <Badge tone="danger">Suspended</Badge> : null}
              </div>
              {person.suspendedAt ? <p className="mt-2 text-sm">Reason: {person.suspendedReason}</p> : null}
              {person.homeAreaName && !person.homeAreaVerifiedAt ? (
                <InlineActionForm action={verifyHomeAreaAction} hidden={{ userId: person.id }} label={`Verify ${person.name ?? "this person"}'s home neighbourhood`} />
              ) : null}
              {person.id === actor.id ? null : person.suspendedAt ? (
                <InlineActionForm action={reinstatePersonAction} hidden={{ userId: person.id }} label={`Reinstate ${person.name ?? "this person"}`} reason={{ id: `reinstate-${person.id}`, label: "Reason for reinstating" }} />
              ) : (
                <details className="mt-2">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-red-800">Suspend…</summary>
                  <InlineActionForm action={suspendPersonAction} hidden={{ userId: person.id }} label={`Suspend ${person.name ?? "this person"}`} variant="danger" reason={{ id: `suspend-${person.id}`, label: "Reason (the person will see this)" }} />
                </details>
              )}
            </Card>
          </li>
        ))}
      </ul>
      <Pagination info={describePage(page, total)} label="People pages" hrefFor={(n) => `/admin/people?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`} />
    </>
  );
}
