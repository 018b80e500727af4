import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { AreaLinkList, AreaMap } from "@/components/maps/area-map";
import { EmptyState, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { listRegionAreas, listRegions } from "@/db/queries/geography/list-areas";
import type { Geometry } from "@/lib/geography/project";
import { isId } from "@/lib/shared/ids";

export const metadata: Metadata = { title: "Neighbourhoods" };

const proposalsLabel = (n: number) => `${n} ${n === 1 ? "proposal" : "proposals"}`;

export default async function NeighbourhoodsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { area } = await searchParams;
  // The home page's "pick your neighbourhood" form lands here without JavaScript.
  if (typeof area === "string" && isId(area)) redirect(`/neighbourhoods/${area}`);
  const db = await getDb();
  const regions = await listRegions(db);
  const byRegion = await Promise.all(regions.map(async (region) => ({ region, areas: await listRegionAreas(db, region.id) })));

  return (
    <>
      <PageHeader crumbs={[{ href: "/", label: "Home" }]} title="Neighbourhoods" lead="Find the ideas, pledges and projects where you live." />
      {byRegion.length === 0 ? <EmptyState title="No neighbourhoods yet" /> : null}
      {byRegion.map(({ region, areas }) => {
        const mapAreas = areas.map((a) => ({ id: a.id, name: a.name, boundary: a.boundary as Geometry | null, value: a.proposalCount }));
        return (
          <section key={region.id} aria-labelledby={`region-${region.id}`} className="mb-10">
            <h2 id={`region-${region.id}`} className="mb-4 text-2xl font-bold">
              {region.name}
            </h2>
            <div className="grid gap-6 md:grid-cols-2">
              <AreaMap title={`Proposals by neighbourhood in ${region.name}`} areas={mapAreas} valueLabel={proposalsLabel} />
              <AreaLinkList areas={mapAreas} valueLabel={proposalsLabel} />
            </div>
          </section>
        );
      })}
    </>
  );
}
