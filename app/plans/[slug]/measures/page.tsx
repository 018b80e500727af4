import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AreaMap } from "@/components/maps/area-map";
import { MeasureFigure } from "@/components/measures/measure-figure";
import { PairGrid } from "@/components/measures/pair-grid";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { getPublicPlanBySlug } from "@/db/queries/plans/get-plan";
import { formatDateTime } from "@/lib/shared/dates";
import { figurePage, figurePageHref } from "@/lib/measures/figure-pages";
import { describeMedianDays } from "@/lib/measures/plan-measures";
import { formatPence, percentOf } from "@/lib/shared/money";
import { getPlanMeasuresSnapshot } from "../../../_server/measures";
import { buildMeasureTables, type MeasureTable } from "@/lib/measures/plan-tables";

export const metadata: Metadata = { title: "Measures" };

const sections: { key: MeasureTable["section"]; heading: string }[] = [
  { key: "reach", heading: "Who takes part, and where" },
  { key: "money", heading: "Where the money goes" },
  { key: "sectors", heading: "Which sectors take part" },
  { key: "pledges", heading: "What communities bring" },
  { key: "responsiveness", heading: "Responsiveness and delivery" },
  { key: "equality", heading: "Who took part, against who lives here" },
];

const perThousandLabel = (tenths: number) => `${(tenths / 10).toFixed(1)} per 1,000`;
const poundsLabel = (pounds: number) => `${formatPence(pounds * 100)} per 1,000`;

export default async function MeasuresPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const query = await searchParams;
  const db = await getDb();
  const plan = await getPublicPlanBySlug(db, slug);
  if (!plan) notFound();
  const { data: measures, computedAt } = await getPlanMeasuresSnapshot(db, { id: plan.id, regionId: plan.regionId });
  const tables = buildMeasureTables(measures);
  const { reach, money, pledges, responsiveness } = measures;
  const gap = reach.gap.gapPerThousand;
  const csvHref = (name: string) => `/plans/${plan.slug}/measures/csv?table=${name}`;

  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/", label: "Home" },
          { href: `/plans/${plan.slug}`, label: plan.title },
        ]}
        title={`Measures: ${plan.title}`}
        lead="Who takes part, where the money goes and what communities bring. Every chart has a table with the same numbers, and every table can be downloaded."
      />
      <p className="mb-6 text-sm text-muted">
        Worked out at <time dateTime={computedAt.toISOString()}>{formatDateTime(computedAt)}</time>; the figures are brought up to date about once a minute while people are looking.
      </p>
      <dl className="mb-8 grid gap-3 sm:grid-cols-2">
        <Card>
          <dt className="text-sm text-muted">People taking part</dt>
          <dd className="text-2xl font-bold">{reach.totalPeople}</dd>
        </Card>
        <Card>
          <dt className="text-sm text-muted">Most deprived fifth against least deprived, per 1,000 residents</dt>
          <dd className="text-2xl font-bold">
            {gap === null ? "Not enough residents to compare" : `${gap > 0 ? "+" : ""}${gap.toFixed(1)}`}
          </dd>
          <dd className="text-sm">
            {reach.gap.mostDeprivedPerThousand?.toFixed(1) ?? "–"} in deciles 1–2, {reach.gap.leastDeprivedPerThousand?.toFixed(1) ?? "–"} in deciles 9–10
          </dd>
        </Card>
        <Card>
          <dt className="text-sm text-muted">Community share of total project cost</dt>
          <dd className="text-2xl font-bold">{pledges.communitySharePercent}%</dd>
          <dd className="text-sm">
            {formatPence(pledges.pledgedPence)} pledged beside {formatPence(pledges.requestedPence)} of public money asked for
          </dd>
        </Card>
        <Card>
          <dt className="text-sm text-muted">Median time to a first official response</dt>
          <dd className="text-2xl font-bold">{describeMedianDays(responsiveness.medianDays)}</dd>
        </Card>
        {money ? (
          <Card>
            <dt className="text-sm text-muted">Selected budget going to the most deprived fifth of neighbourhoods</dt>
            <dd className="text-2xl font-bold">{percentOf(money.mostDeprivedPence, money.selectedPence)}%</dd>
            <dd className="text-sm">
              {formatPence(money.mostDeprivedPence)} of {formatPence(money.selectedPence)} selected
            </dd>
          </Card>
        ) : null}
      </dl>
      {sections.map((section) => {
        const inSection = tables.filter((table) => table.section === section.key);
        return (
          <section key={section.key} aria-labelledby={`section-${section.key}`} className="mb-8">
            <h2 id={`section-${section.key}`} className="mb-3 text-xl font-bold">
              {section.heading}
            </h2>
            {section.key === "money" && !money ? <EmptyState title="No count yet">Where the money goes is shown once the votes are counted.</EmptyState> : null}
            {section.key === "equality" ? (
              <p className="mb-3 text-sm text-muted">
                From people taking part who chose to answer the optional questions in their profile, set against the census figures for the region&apos;s residents. Shares are of
                those who gave one of the listed answers. Counts from 1 to 4 are shown as &ldquo;fewer than 5&rdquo;, and other figures are withheld where they would let a small
                number be worked out.
              </p>
            ) : null}
            {inSection.map((table) => (
              <MeasureFigure
                key={table.name}
                id={`figure-${table.name}`}
                title={table.title}
                caption={table.caption}
                note={table.note}
                header={table.header}
                rows={table.rows}
                bars={table.chart}
                csvHref={csvHref(table.name)}
                page={figurePage(query, table.name)}
                hrefForPage={(n) => figurePageHref(query, table.name, n)}
              >
                {table.map ? (
                  <AreaMap
                    areas={table.map.areas}
                    title={table.map.title}
                    valueLabel={table.map.unit === "tenths-per-thousand" ? perThousandLabel : poundsLabel}
                    legendValue={table.map.unit === "tenths-per-thousand" ? (tenths) => (tenths / 10).toFixed(1) : (pounds) => formatPence(pounds * 100)}
                  />
                ) : null}
                {table.matrix ? <PairGrid labels={table.matrix.labels} counts={table.matrix.counts} /> : null}
              </MeasureFigure>
            ))}
            {section.key === "reach" ? (
              <p className="mb-4 text-sm text-muted">{reach.peopleWithoutRegionArea} people taking part gave no home neighbourhood in the region, so they are counted in the total but not on the map.</p>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
