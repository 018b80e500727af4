import Link from "next/link";
import { Checkbox, Select, TextField } from "@/components/ui";
import { proposalStatusLabels } from "@/lib/proposals/statuses";
import { decileBands, filterStatuses, proposerOptions, sortOptions, type ProposalFilters } from "@/lib/proposals/proposal-filters";

interface Option {
  id: string;
  name: string;
}

/**
 * Search, filter and sort as a plain GET form: it works without JavaScript and every
 * result list is a shareable URL.
 */
export function ProposalFiltersForm({ action, filters, themes, areas }: { action: string; filters: ProposalFilters; themes: Option[]; areas: Option[] }) {
  return (
    <form method="get" action={action} role="search" aria-label="Search and filter proposals" className="mb-6 rounded-lg border border-stone-300 bg-white p-4">
      <TextField id="q" name="q" type="search" label="Search proposals" hint="Words from the title, summary or description." defaultValue={filters.q} />
      <details open={Boolean(filters.theme || filters.area || filters.band || filters.status || filters.needs || filters.by)} className="mb-4">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-800">Filters</summary>
        <div className="mt-3 grid gap-x-4 sm:grid-cols-2">
          <Select id="theme" name="theme" label="Theme" placeholder="All themes" options={themes.map((t) => ({ value: t.id, label: t.name }))} defaultValue={filters.theme ?? ""} />
          <Select id="area" name="area" label="Neighbourhood" placeholder="All neighbourhoods" options={areas.map((a) => ({ value: a.id, label: a.name }))} defaultValue={filters.area ?? ""} />
          <Select
            id="band"
            name="band"
            label="Deprivation (IMD decile)"
            placeholder="Any"
            options={Object.entries(decileBands).map(([value, band]) => ({ value, label: band.label }))}
            defaultValue={filters.band ?? ""}
          />
          <Select id="status" name="status" label="Status" placeholder="Any status" options={filterStatuses.map((s) => ({ value: s, label: proposalStatusLabels[s] }))} defaultValue={filters.status ?? ""} />
          <Select id="by" name="by" label="Proposed by" placeholder="Anyone" options={Object.entries(proposerOptions).map(([value, label]) => ({ value, label }))} defaultValue={filters.by ?? ""} />
          <Checkbox id="needs" name="needs" value="1" label="Only ideas with open needs" hint="Things you or your organisation could help with." defaultChecked={filters.needs} />
        </div>
      </details>
      <Select
        id="sort"
        name="sort"
        label="Sort by"
        options={[...(filters.q ? [{ value: "relevance", label: "Best match" }] : []), ...Object.entries(sortOptions).map(([value, label]) => ({ value, label }))]}
        defaultValue={filters.sort}
      />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          Show proposals
        </button>
        <Link href={action} className="inline-flex min-h-11 items-center text-brand-700 underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
