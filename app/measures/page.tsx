import type { Metadata } from "next";
import Link from "next/link";
import { MeasureFigure } from "@/components/measures/measure-figure";
import { EmptyState, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { formatDateTime } from "@/lib/shared/dates";
import { figurePage, figurePageHref } from "@/lib/measures/figure-pages";
import { getRegionMeasuresSnapshot } from "../_server/measures";
import { chooseRegion } from "./region";
import { buildRegionTables, type RegionTable } from "@/lib/measures/region-tables";

export const metadata: Metadata = { title: "Measures over time" };

const sections: { key: RegionTable["section"]; heading: string }[] = [
  { key: "reach", heading: "Who takes part" },
  { key: "deprivation", heading: "The most deprived neighbourhoods" },
  { key: "communities", heading: "What communities bring, and who works together" },
  { key: "responsiveness", heading: "Responsiveness" },
  { key: "equality", heading: "Who takes part, against who lives here" },
];

export default async function RegionMeasuresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const requested = query.region;
  const db = await getDb();
  const { region, regions } = await chooseRegion(db, typeof requested === "string" ? requested : null);
  const crumbs = [{ href: "/", label: "Home" }];
  if (!region) {
    return (
      <>
        <PageHeader crumbs={crumbs} title="Measures over time" />
        <EmptyState title="No region yet">Measures are shown once a region and its first plan are set up.</EmptyState>
      </>
    );
  }
  const { data: rows, computedAt } = await getRegionMeasuresSnapshot(db, region.id);
  const tables = buildRegionTables(rows);
  const csvHref = (name: string) => `/measures/csv?table=${name}&region=${encodeURIComponent(region.slug)}`;

  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={`Measures over time: ${region.name}`}
        lead="How each plan in the region compares with the ones before it: who takes part, how much reaches the most deprived neighbourhoods, what communities bring and how quickly people get an answer. Every chart has a table with the same numbers, and every table can be downloaded."
      />
      <p className="mb-6 text-sm text-muted">
        Worked out at <time dateTime={computedAt.toISOString()}>{formatDateTime(computedAt)}</time>; the figures are brought up to date about once a minute while people are looking.
      </p>
      {regions.length > 1 ? (
        <nav aria-label="Regions" className="mb-6">
          <ul className="flex flex-wrap gap-3">
            {regions.map((r) => (
              <li key={r.id}>
                <Link
                  href={`/measures?region=${encodeURIComponent(r.slug)}`}
                  aria-current={r.id === region.id ? "page" : undefined}
                  className="inline-flex min-h-11 items-center text-brand-700 underline aria-[current=page]:font-bold aria-[current=page]:no-underline"
                >
                  {r.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title="No plans yet">Measures are shown once the region&apos;s first plan is open.</EmptyState>
      ) : (
        <>
          <p className="mb-6 text-sm text-muted">
            Plans are listed oldest first. &ldquo;Most deprived fifth&rdquo; means neighbourhoods in deciles 1–2 of the Index of Multiple Deprivation. Each plan&apos;s own measures page
            has the detail:{" "}
            {rows.map((row, index) => (
              <span key={row.id}>
                {index > 0 ? ", " : ""}
                <Link href={`/plans/${row.slug}/measures`} className="text-brand-700 underline">
                  {row.title}
                </Link>
              </span>
            ))}
            .
          </p>
          {sections.map((section) => (
            <section key={section.key} aria-labelledby={`section-${section.key}`} className="mb-8">
              <h2 id={`section-${section.key}`} className="mb-3 text-xl font-bold">
                {section.heading}
              </h2>
              {tables
                .filter((table) => table.section === section.key)
                .map((table) => (
                  <MeasureFigure
                    key={table.name}
                    id={`figure-${table.name}`}
                    title={table.title}
                    caption={table.caption}
                    header={table.header}
                    rows={table.rows}
                    bars={table.chart}
                    csvHref={csvHref(table.name)}
                    page={figurePage(query, table.name)}
                    hrefForPage={(n) => figurePageHref(query, table.name, n)}
                  />
                ))}
            </section>
          ))}
        </>
      )}
    </>
  );
}
