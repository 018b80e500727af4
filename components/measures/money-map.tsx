import { AreaMap } from "@/components/maps/area-map";
import type { Geometry } from "@/lib/geo/project";
import { formatPence } from "@/lib/money";
import { moneyPerThousand } from "@/lib/region-measures";

export interface MoneyMapInput {
  id: string;
  name: string;
  boundary: Geometry | null;
  population: number;
  imdDecile: number;
  selectedPence: number;
}

const perThousandText = (pounds: number | null) => (pounds === null ? "no residents" : `${formatPence(pounds * 100)} per 1,000`);

/**
 * Where the money goes, as a map: selected budget per 1,000 residents of each neighbourhood,
 * with a table of the same numbers behind it (the map itself is decoration for those who can see it).
 */
export function MoneyMap({
  areas,
  title = "Selected budget per 1,000 residents",
  csvHref,
  id = "money-map",
}: {
  areas: MoneyMapInput[];
  title?: string;
  csvHref?: string;
  /** Unique on the page: the heading's id. */
  id?: string;
}) {
  const rows = moneyPerThousand(areas);
  const boundaries = new Map(areas.map((area) => [area.id, area.boundary]));
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="mb-6 rounded-lg border border-stone-300 bg-white p-3">
      <h3 id={headingId} className="mb-2 text-lg font-bold">
        {title}
      </h3>
      <AreaMap
        areas={rows.map((row) => ({ id: row.id, name: row.name, boundary: boundaries.get(row.id) ?? null, value: row.poundsPerThousand ?? 0 }))}
        title={title}
        valueLabel={(pounds) => perThousandText(pounds)}
      />
      {rows.length === 0 ? (
        <p className="text-muted">Nothing to show yet.</p>
      ) : (
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={`${title} (table, scrolls sideways)`}>
          <table className="w-full border-collapse text-sm">
            <caption className="mb-1 text-left text-sm text-muted">Money for selected projects in each neighbourhood, and per 1,000 people living there</caption>
            <thead>
              <tr>
                {["Neighbourhood", "IMD decile", "Residents", "Selected", "Per 1,000 residents"].map((heading) => (
                  <th key={heading} scope="col" className="border-b border-stone-300 px-2 py-1 text-left">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="border-b border-stone-200 px-2 py-1 text-left font-normal">
                    {row.name}
                  </th>
                  <td className="border-b border-stone-200 px-2 py-1">{row.imdDecile}</td>
                  <td className="border-b border-stone-200 px-2 py-1">{row.population}</td>
                  <td className="border-b border-stone-200 px-2 py-1">{formatPence(row.selectedPence)}</td>
                  <td className="border-b border-stone-200 px-2 py-1">{perThousandText(row.poundsPerThousand)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {csvHref ? (
        <p className="mt-2">
          <a href={csvHref} className="inline-flex min-h-11 items-center text-brand-700 underline">
            Download as CSV<span className="sr-only">: {title}</span>
          </a>
        </p>
      ) : null}
    </section>
  );
}
