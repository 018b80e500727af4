import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Badge, Card, EmptyState, PageHeader, Pagination, Select, TextField } from "@/components/ui";
import { getDb } from "@/db";
import { listAllAreas } from "@/db/queries/geography/list-areas";
import { listOpenNeeds } from "@/db/queries/needs/list-open-needs";
import { listOrganisationNames } from "@/db/queries/organisations/list-organisation-names";
import { isId } from "@/lib/shared/ids";
import { pledgeKindLabels, type PledgeKind } from "@/lib/pledges/kinds";
import { describePage, parsePage } from "@/lib/shared/pagination";
import { getActor } from "../_server/session";

export const metadata: Metadata = { title: "Open needs" };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function OpenNeedsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const query = await searchParams;
  const db = await getDb();
  const actor = await getActor();
  const kindRaw = one(query.kind);
  const kind = kindRaw && Object.hasOwn(pledgeKindLabels, kindRaw) ? (kindRaw as PledgeKind) : null;
  const areaRaw = one(query.area);
  const forRaw = one(query.for);
  const myOrganisationIds = actor ? Object.keys(actor.memberships) : [];
  const myOrganisations = await listOrganisationNames(db, myOrganisationIds);
  // Ranking "for" an organisation only uses its public offers, but only its members see the choice.
  const organisationId = forRaw && isId(forRaw) && myOrganisationIds.includes(forRaw) ? forRaw : null;
  const q = (one(query.q) ?? "").trim().slice(0, 200);
  const page = parsePage(query.page);
  const [{ rows, total, matching }, areas] = await Promise.all([
    listOpenNeeds(db, { kind, areaId: areaRaw && isId(areaRaw) ? areaRaw : null, q, organisationId }, page),
    listAllAreas(db),
  ]);
  const params = (n: number) => {
    const p = new URLSearchParams();
    if (kind) p.set("kind", kind);
    if (areaRaw && isId(areaRaw)) p.set("area", areaRaw);
    if (q) p.set("q", q);
    if (organisationId) p.set("for", organisationId);
    if (n > 1) p.set("page", String(n));
    return `/needs${p.size ? `?${p}` : ""}`;
  };
  const forName = myOrganisations.find((o) => o.id === organisationId)?.name;

  return (
    <>
      <PageHeader title="Open needs" lead="What ideas still lack: a venue, volunteers, apprenticeships, match funding. Answer a need with a pledge." />
      <form method="get" role="search" aria-label="Filter open needs" className="mb-6 rounded-lg border border-stone-300 bg-white p-4">
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Select id="kind" name="kind" label="Kind of help" placeholder="Any kind" options={Object.entries(pledgeKindLabels).map(([value, label]) => ({ value, label }))} defaultValue={kind ?? ""} />
          <Select id="area" name="area" label="Neighbourhood" placeholder="Anywhere" options={areas.map((a) => ({ value: a.id, label: a.name }))} defaultValue={areaRaw ?? ""} />
          <TextField id="q" name="q" type="search" label="Words" defaultValue={q} />
          {myOrganisations.length > 0 ? (
            <Select id="for" name="for" label="Best matches first for" placeholder="No organisation" options={myOrganisations.map((o) => ({ value: o.id, label: o.name }))} defaultValue={organisationId ?? ""} hint="Uses what your organisation says it can offer." />
          ) : null}
        </div>
        <button type="submit" className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 bg-brand-600 px-4 py-2 font-semibold text-white">
          Show needs
        </button>
      </form>
      {rows.length === 0 ? <EmptyState title="No open needs match" /> : null}
      <ul className="grid gap-3">
        {rows.map((need) => (
          <li key={need.id}>
            <Card>
              <div className="flex flex-wrap gap-2">
                <Badge tone="warning">{pledgeKindLabels[need.kind]}</Badge>
                {matching && need.score > 0 ? <Badge tone="success">Matches what {forName} offers</Badge> : null}
              </div>
              <p className="mt-2 font-semibold">{need.description}</p>
              <p className="mt-1 text-sm">
                For{" "}
                <Link href={`/proposals/${need.proposalId}`} className="text-brand-700 underline">
                  {need.proposalTitle}
                </Link>{" "}
                in {need.areaName} (IMD decile {need.imdDecile}) · {need.planTitle}
              </p>
            </Card>
          </li>
        ))}
      </ul>
      <Pagination info={describePage(page, total)} label="Needs pages" hrefFor={params} />
    </>
  );
}
