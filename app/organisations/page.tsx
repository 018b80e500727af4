import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { areaOptions } from "@/components/organisations/area-options";
import { OrganisationCard } from "@/components/organisations/organisation-card";
import { Button, EmptyState, LinkButton, PageHeader, Pagination, Select, TextField } from "@/components/ui";
import { getDb } from "@/db";
import { listAllAreas } from "@/db/queries/geography/list-areas";
import { listOrganisations, type OrganisationFilters } from "@/db/queries/organisations/list-organisations";
import { isId } from "@/lib/shared/ids";
import { sectorLabels, type Sector } from "@/lib/organisations/sectors";
import { describePage, parsePage } from "@/lib/shared/pagination";

export const metadata: Metadata = { title: "Organisations" };

type Query = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value.trim() : "");
const isSector = (value: string): value is Sector => value in sectorLabels;
const sectorOptions = Object.entries(sectorLabels).map(([value, label]) => ({ value, label }));

/** Reads the GET form defensively: an unknown sector or a malformed area is simply no filter. */
function filtersFrom(query: Query): OrganisationFilters {
  const q = single(query.q).slice(0, 100);
  const sector = single(query.sector);
  const area = single(query.area);
  return { query: q || undefined, sector: isSector(sector) ? sector : undefined, areaId: isId(area) ? area : undefined };
}

function hrefFor(filters: OrganisationFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.query) params.set("q", filters.query);
  if (filters.sector) params.set("sector", filters.sector);
  if (filters.areaId) params.set("area", filters.areaId);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/organisations?${search}` : "/organisations";
}

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Query> }) {
  await connection();
  const query = await searchParams;
  const filters = filtersFrom(query);
  const page = parsePage(query.page);
  const db = await getDb();
  const [{ rows, total }, areas] = await Promise.all([listOrganisations(db, filters, page), listAllAreas(db)]);
  const filtered = Boolean(filters.query || filters.sector || filters.areaId);

  return (
    <>
      <PageHeader
        crumbs={[{ href: "/", label: "Home" }]}
        title="Organisations"
        lead="Community groups, social enterprises, businesses and public bodies working on the plan. Find partners, or register your own."
        actions={<LinkButton href="/organisations/new">Register an organisation</LinkButton>}
      />
      <form method="get" action="/organisations" role="search" aria-label="Search organisations" className="mb-6 grid gap-x-4 rounded-lg border border-stone-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr]">
        <TextField id="q" name="q" type="search" label="Search" hint="Name, what they do or what they offer" defaultValue={filters.query ?? ""} maxLength={100} />
        <Select id="sector" name="sector" label="Sector" placeholder="All sectors" options={sectorOptions} defaultValue={filters.sector ?? ""} />
        <Select id="area" name="area" label="Neighbourhood served" placeholder="All neighbourhoods" options={areaOptions(areas)} defaultValue={filters.areaId ?? ""} />
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-3">
          <Button type="submit">Search</Button>
          {filtered ? (
            <Link href="/organisations" className="font-semibold text-brand-700 underline">
              Clear search and filters
            </Link>
          ) : null}
        </div>
      </form>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="mb-4 text-xl font-bold">
          {total === 1 ? "1 organisation" : `${total} organisations`}
          {filtered ? " found" : null}
        </h2>
        {rows.length === 0 ? (
          <EmptyState title={filtered ? "No organisations match your search" : page.page > 1 ? "There are no organisations on this page" : "No organisations yet"}>
            {filtered ? "Try fewer words or clear the filters." : "Be the first to register one."}
          </EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {rows.map((organisation) => (
              <li key={organisation.id}>
                <OrganisationCard organisation={organisation} />
              </li>
            ))}
          </ul>
        )}
        <Pagination info={describePage(page, total)} label="Organisation pages" hrefFor={(n) => hrefFor(filters, n)} />
      </section>
    </>
  );
}
