import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanDelivery } from "@/components/delivery/plan-delivery";
import { AreaMap } from "@/components/maps/area-map";
import { ProposalList } from "@/components/proposals/proposal-card";
import { Badge, Card, EmptyState, PageHeader, Pagination } from "@/components/ui";
import { getDb } from "@/db";
import { getDeliveryProgress } from "@/db/queries/delivery/get-delivery-progress";
import { getArea } from "@/db/queries/geography/get-area";
import { listAreaProposals } from "@/db/queries/proposals/list-proposals";
import { listRegionAreas } from "@/db/queries/geography/list-areas";
import type { Geometry } from "@/lib/geography/project";
import { isId } from "@/lib/shared/ids";
import { describeImdDecile } from "@/lib/geography/imd";
import { isMostDeprived } from "@/lib/measures/deprivation";
import { describePage, parsePage } from "@/lib/shared/pagination";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load(id: string) {
  if (!isId(id)) return null;
  return getArea(await getDb(), id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).id);
  return { title: found?.area.name ?? "Neighbourhood not found" };
}

export default async function NeighbourhoodPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const found = await load(id);
  if (!found) notFound();
  const { area, region } = found;
  const db = await getDb();
  const page = parsePage(query.page);
  const deliveryPage = parsePage(typeof query.deliveryPage === "string" ? query.deliveryPage : undefined, 10);
  const [{ rows, total }, regionAreas, delivery] = await Promise.all([
    listAreaProposals(db, area.id, page),
    listRegionAreas(db, region.id),
    getDeliveryProgress(db, { areaId: area.id }, deliveryPage),
  ]);

  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/", label: "Home" },
          { href: "/neighbourhoods", label: "Neighbourhoods" },
        ]}
        title={area.name}
        meta={
          <>
            <Badge>{region.name}</Badge>
            <Badge tone={isMostDeprived(area.imdDecile) ? "warning" : "neutral"}>IMD decile {area.imdDecile}</Badge>
          </>
        }
      />
      <div className="mb-8 grid gap-4 md:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">About this neighbourhood</h2>
          <dl className="mt-2 grid grid-cols-2 gap-3">
            <div>
              <dt className="text-sm text-muted">Residents</dt>
              <dd className="text-xl font-bold">{area.population.toLocaleString("en-GB")}</dd>
            </div>
            <div>
              <dt className="text-sm text-muted">Ward code</dt>
              <dd className="font-mono text-lg">{area.code}</dd>
            </div>
          </dl>
          <p className="mt-3">{describeImdDecile(area.imdDecile)}.</p>
          <p className="mt-1 text-sm text-muted">
            From the English Indices of Deprivation: decile 1 is the most deprived tenth of neighbourhoods.
          </p>
        </Card>
        <AreaMap
          title={`${area.name} within ${region.name}`}
          highlightId={area.id}
          areas={regionAreas.map((a) => ({ id: a.id, name: a.name, boundary: a.boundary as Geometry | null, value: a.proposalCount }))}
          valueLabel={(n) => `${n} ${n === 1 ? "proposal" : "proposals"}`}
        />
      </div>
      <PlanDelivery progress={delivery} pageInfo={describePage(deliveryPage, delivery.total)} hrefFor={(p) => `/neighbourhoods/${area.id}?deliveryPage=${p}#delivery`} />
      <section aria-labelledby="area-proposals">
        <h2 id="area-proposals" className="mb-4 text-2xl font-bold">
          Proposals in {area.name} <span className="text-base font-normal text-muted">({total})</span>
        </h2>
        {rows.length === 0 ? <EmptyState title="No proposals here yet" /> : <ProposalList proposals={rows} showArea={false} />}
        <Pagination info={describePage(page, total)} label="Proposal pages" hrefFor={(n) => `/neighbourhoods/${area.id}?page=${n}`} />
      </section>
    </>
  );
}
