import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { InlineActionForm } from "@/components/admin/inline-action-form";
import { Badge, Card, EmptyState, PageHeader, Pagination, TextField } from "@/components/ui";
import { getDb } from "@/db";
import { listStaff } from "@/db/queries/people/list-staff";
import { searchPeople } from "@/db/queries/people/search-people";
import { staffRoles } from "@/lib/people/staff-roles";
import { can, type StaffRole } from "@/lib/policy";
import { describePage, parsePage } from "@/lib/shared/pagination";
import { getActor } from "../../_server/session";
import { grantStaffRoleAction, revokeStaffRoleAction } from "./actions";

export const metadata: Metadata = { title: "Staff roles" };

const roleLabels: Record<StaffRole, string> = { moderator: "Council officer (moderator)", reviewer: "LEP reviewer", admin: "Admin" };

export default async function StaffPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?next=/admin/staff");
  if (!can(actor, "staffRole.grant", { targetUserId: "" })) notFound();
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q.trim().slice(0, 100) : "";
  const page = parsePage(query.page, 10);
  const db = await getDb();
  const [staff, found] = await Promise.all([listStaff(db), q ? searchPeople(db, q, page) : Promise.resolve(null)]);

  return (
    <>
      <PageHeader title="Staff roles" lead="Council officers moderate and run plans; LEP reviewers assess proposals; admins can do everything. Every change is recorded in the audit log." />
      <section aria-labelledby="current-staff" className="mb-10">
        <h2 id="current-staff" className="mb-3 text-xl font-bold">
          Current staff
        </h2>
        <ul className="grid gap-3 md:grid-cols-2">
          {staff.map((person) => (
            <li key={person.id}>
              <Card>
                <p className="font-semibold">{person.name ?? "No name"}</p>
                <p className="text-sm text-muted">{person.email}</p>
                <ul className="mt-2 grid gap-2">
                  {person.roles.map((role) => (
                    <li key={role}>
                      <Badge tone="info">{roleLabels[role]}</Badge>
                      {person.id === actor.id ? null : (
                        <InlineActionForm action={revokeStaffRoleAction} hidden={{ userId: person.id, role }} label={`Remove ${roleLabels[role]} from ${person.name ?? "this person"}`} variant="quiet" />
                      )}
                    </li>
                  ))}
                </ul>
              </Card>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="grant">
        <h2 id="grant" className="mb-3 text-xl font-bold">
          Give someone a role
        </h2>
        <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1">
            <TextField id="q" name="q" type="search" label="Find a person by name or email" defaultValue={q} />
          </div>
          <button type="submit" className="mb-5 inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 bg-brand-600 px-4 font-semibold text-white">
            Search
          </button>
        </form>
        {found && found.rows.length === 0 ? <EmptyState title="No one matches" /> : null}
        {found ? (
          <>
            <ul className="grid gap-3">
              {found.rows.map((person) => (
                <li key={person.id}>
                  <Card>
                    <p className="font-semibold">{person.name ?? "No name"}</p>
                    <p className="text-sm text-muted">{person.email}</p>
                    {person.id === actor.id ? (
                      <p className="mt-2 text-sm text-muted">You cannot change your own roles.</p>
                    ) : (
                      <div className="flex flex-wrap gap-x-4">
                        {staffRoles
                          .filter((role) => !person.roles.includes(role))
                          .map((role) => (
                            <InlineActionForm key={role} action={grantStaffRoleAction} hidden={{ userId: person.id, role }} label={`Make ${person.name ?? "them"} ${roleLabels[role]}`} />
                          ))}
                      </div>
                    )}
                  </Card>
                </li>
              ))}
            </ul>
            <Pagination info={describePage(page, found.total)} label="People pages" hrefFor={(n) => `/admin/staff?${new URLSearchParams({ q, page: String(n) })}`} />
          </>
        ) : null}
      </section>
    </>
  );
}
