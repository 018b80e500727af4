import Link from "next/link";
import { Button, Select, TextField } from "@/components/ui";
import { proposalStatusLabels } from "@/lib/proposals/statuses";
import { decileBands, filterStatuses, proposerOptions, type ProposalFilters } from "@/lib/proposals/proposal-filters";

interface Option {
  id: string;
  name: string;
}

/**
 * The plan page's filters plus the ranking signal. Its fields belong to the GET form that also
 * wraps the review table, so the compare checkboxes and the filters travel in one URL.
 */
export function ReviewControls({
  filters,
  sort,
  sortOptions,
  themes,
  areas,
  clearHref,
}: {
  filters: Pick<ProposalFilters, "q" | "theme" | "area" | "band" | "status" | "by">;
  sort: string;
  sortOptions: { value: string; label: string }[];
  themes: Option[];
  areas: Option[];
  clearHref: string;
}) {
  return (
    <div className="mb-6 rounded-lg border border-stone-300 bg-white p-4">
      <Select id="sort" name="sort" label="Rank by" options={sortOptions} defaultValue={sort} />
      <details open={Boolean(filters.q || filters.theme || filters.area || filters.band || filters.status || filters.by)} className="mb-4">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-800">Filters</summary>
        <div className="mt-3 grid gap-x-4 sm:grid-cols-2">
          <TextField id="q" name="q" type="search" label="Words in the proposal" defaultValue={filters.q} />
          <Select id="theme" name="theme" label="Theme" placeholder="All themes" options={themes.map((t) => ({ value: t.id, label: t.name }))} defaultValue={filters.theme ?? ""} />
          <Select id="area" name="area" label="Neighbourhood" placeholder="All neighbourhoods" options={areas.map((a) => ({ value: a.id, label: a.name }))} defaultValue={filters.area ?? ""} />
          <Select id="band" name="band" label="Deprivation (IMD decile)" placeholder="Any" options={Object.entries(decileBands).map(([value, band]) => ({ value, label: band.label }))} defaultValue={filters.band ?? ""} />
          <Select id="status" name="status" label="Status" placeholder="Any status" options={filterStatuses.map((s) => ({ value: s, label: proposalStatusLabels[s] }))} defaultValue={filters.status ?? ""} />
          <Select id="by" name="by" label="Proposed by" placeholder="Anyone" options={Object.entries(proposerOptions).map(([value, label]) => ({ value, label }))} defaultValue={filters.by ?? ""} />
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">Show ranking</Button>
        <Link href={clearHref} className="inline-flex min-h-11 items-center text-brand-700 underline">
          Clear
        </Link>
      </div>
    </div>
  );
}
