import Link from "next/link";
import { connection } from "next/server";
import { AreaMap } from "@/components/maps/area-map";
import { Badge, Card, EmptyState, LinkButton, Select } from "@/components/ui";
import { getDb } from "@/db";
import { listAllAreas, listRegionAreas, listRegions } from "@/db/queries/geography/list-areas";
import { listPublicPlans } from "@/db/queries/plans/list-public-plans";
import type { Geometry } from "@/lib/geography/project";
import { phaseLabels } from "@/lib/plans/phases";
import { formatPence } from "@/lib/shared/money";

export default async function HomePage() {
  await connection();
  const db = await getDb();
  const [plans, areas, regions] = await Promise.all([listPublicPlans(db), listAllAreas(db), listRegions(db)]);
  const firstRegion = regions[0];
  const mapAreas = firstRegion ? await listRegionAreas(db, firstRegion.id) : [];

  return (
    <>
      <section aria-labelledby="intro" className="mb-10">
        <h1 id="intro" className="text-3xl font-bold leading-tight sm:text-4xl">
          Plan your area&apos;s economy together
        </h1>
        <p className="mt-4 max-w-2xl text-lg">
          People&apos;s Plan is where residents, community groups, businesses and public bodies propose projects for
          their neighbourhood, say what they will bring to them (time, space, skills, jobs, money), talk them through
          and vote on a plan that the council and the Local Enterprise Partnership adopt and deliver.
        </p>
        <p className="mt-3 max-w-2xl text-muted">
          You do not only ask for things here: you offer. Every proposal shows what the community pledges beside the
          public money it asks for.
        </p>
      </section>

      <section aria-labelledby="plans" className="mb-10">
        <h2 id="plans" className="mb-4 text-2xl font-bold">
          Current plans
        </h2>
        {plans.length === 0 ? (
          <EmptyState title="No plans are open yet">When the council opens a plan it will appear here.</EmptyState>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {plans.map((plan) => (
              <li key={plan.id}>
                <Card className="h-full">
                  <h3 className="text-xl font-semibold">
                    <Link href={`/plans/${plan.slug}`} className="text-brand-700 underline underline-offset-2">
                      {plan.title}
                    </Link>
                  </h3>
                  <div className="mt-2 flex flex-wrap gap-2">
                    <Badge tone={plan.phase === "ideas" || plan.phase === "voting" ? "success" : "neutral"}>
                      {phaseLabels[plan.phase]} phase
                    </Badge>
                    <Badge>{plan.regionName}</Badge>
                  </div>
                  <p className="mt-2">{plan.summary}</p>
                  <p className="mt-2 text-sm text-muted">
                    Budget {formatPence(plan.budgetPence)} · {plan.proposalCount}{" "}
                    {plan.proposalCount === 1 ? "proposal" : "proposals"}
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="neighbourhood">
        <h2 id="neighbourhood" className="mb-4 text-2xl font-bold">
          Pick your neighbourhood
        </h2>
        {areas.length === 0 ? (
          <EmptyState title="No neighbourhoods yet">The council has not loaded its neighbourhoods.</EmptyState>
        ) : (
          <div className="grid gap-6 md:grid-cols-2">
            <form action="/neighbourhoods" method="get" className="max-w-md">
              <Select
                id="area"
                name="area"
                label="Your neighbourhood"
                hint="See the ideas, pledges and projects where you live."
                placeholder="Choose a neighbourhood"
                required
                options={areas.map((area) => ({
                  value: area.id,
                  label: regions.length > 1 ? `${area.name} (${area.regionName})` : area.name,
                }))}
              />
              <button type="submit" className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
                Show my neighbourhood
              </button>
            </form>
            {firstRegion ? (
              <AreaMap
                title={`Proposals by neighbourhood in ${firstRegion.name}`}
                areas={mapAreas.map((area) => ({
                  id: area.id,
                  name: area.name,
                  boundary: area.boundary as Geometry | null,
                  value: area.proposalCount,
                }))}
                valueLabel={(n) => `${n} ${n === 1 ? "proposal" : "proposals"}`}
              />
            ) : null}
          </div>
        )}
        <p className="mt-4">
          <LinkButton href="/neighbourhoods" variant="secondary">
            All neighbourhoods
          </LinkButton>
        </p>
      </section>
    </>
  );
}
