import { z } from "zod";
import { participantTypeLabels, type ParticipantType } from "../organisations/sectors";
import { publicProposalStatuses } from "./statuses";

export const sortOptions = {
  newest: "Newest first",
  supported: "Most supported",
  pledged: "Most pledged by the community",
  leverage: "Most community value per £ asked",
  random: "Random order",
} as const;

export type ProposalSort = keyof typeof sortOptions | "relevance";

/** IMD decile bands as people think of them: the most deprived fifth, and so on. */
export const decileBands = {
  "1-2": { label: "Most deprived (deciles 1–2)", min: 1, max: 2 },
  "3-4": { label: "Deciles 3–4", min: 3, max: 4 },
  "5-6": { label: "Deciles 5–6", min: 5, max: 6 },
  "7-8": { label: "Deciles 7–8", min: 7, max: 8 },
  "9-10": { label: "Least deprived (deciles 9–10)", min: 9, max: 10 },
} as const;

export type DecileBand = keyof typeof decileBands;

/** A filter offers every status the public may see. */
export const filterStatuses = publicProposalStatuses;

export const proposerOptions = participantTypeLabels;
export type Proposer = ParticipantType;

export interface ProposalFilters {
  q: string;
  theme: string | null;
  area: string | null;
  band: DecileBand | null;
  status: (typeof filterStatuses)[number] | null;
  needs: boolean;
  by: Proposer | null;
  sort: ProposalSort;
  /** Keeps a random order the same while a person pages through it. */
  seed: string | null;
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const uuid = z.uuid();
const keyOf = <T extends Record<string, unknown>>(object: T) => (value: unknown): keyof T | null =>
  typeof value === "string" && Object.hasOwn(object, value) ? (value as keyof T) : null;

/**
 * Reads filters from a URL's query leniently: anything unknown is dropped rather than failing,
 * because links get mangled and a list should still show.
 */
export function parseProposalFilters(query: Record<string, string | string[] | undefined>): ProposalFilters {
  const text = first(query.q);
  const q = typeof text === "string" ? text.trim().slice(0, 200) : "";
  const theme = first(query.theme);
  const area = first(query.area);
  const status = first(query.status);
  const seed = first(query.seed);
  const sortRaw = first(query.sort);
  const sort: ProposalSort = keyOf(sortOptions)(sortRaw) ?? (q ? "relevance" : "newest");
  return {
    q,
    theme: uuid.safeParse(theme).success ? (theme as string) : null,
    area: uuid.safeParse(area).success ? (area as string) : null,
    band: keyOf(decileBands)(first(query.band)),
    status: filterStatuses.find((s) => s === status) ?? null,
    needs: first(query.needs) === "1",
    by: keyOf(proposerOptions)(first(query.by)),
    sort,
    seed: sort === "random" && typeof seed === "string" && /^[a-z0-9]{1,16}$/i.test(seed) ? seed : null,
  };
}

/** The query string for these filters (defaults left out), optionally on another page. */
export function filtersToQuery(filters: ProposalFilters, page?: number): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.theme) params.set("theme", filters.theme);
  if (filters.area) params.set("area", filters.area);
  if (filters.band) params.set("band", filters.band);
  if (filters.status) params.set("status", filters.status);
  if (filters.needs) params.set("needs", "1");
  if (filters.by) params.set("by", filters.by);
  if (filters.sort !== (filters.q ? "relevance" : "newest")) params.set("sort", filters.sort);
  if (filters.seed) params.set("seed", filters.seed);
  if (page && page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function hasActiveFilters(filters: ProposalFilters): boolean {
  return Boolean(filters.q || filters.theme || filters.area || filters.band || filters.status || filters.needs || filters.by);
}
