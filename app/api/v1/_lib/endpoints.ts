import { openDeliveryUpdates } from "@/db/queries/open-data/list-open-delivery-updates";
import { openPlans } from "@/db/queries/open-data/list-open-plans";
import { openPledges } from "@/db/queries/open-data/list-open-pledges";
import { openProposals } from "@/db/queries/open-data/list-open-proposals";
import { openResults } from "@/db/queries/open-data/list-open-results";
import { type OpenList } from "@/db/queries/open-data/open-list";
import { indicatorHeading, indicatorKinds } from "@/lib/delivery/indicators";
import { sectors } from "@/lib/organisations/sectors";
import { outcomeRules } from "@/lib/outcome/rules";
import { publishedPhases } from "@/lib/plans/phases";
import { pledgeKinds } from "@/lib/pledges/kinds";
import { pledgeStatuses } from "@/lib/pledges/statuses";
import { publicProposalStatuses } from "@/lib/proposals/statuses";
import { ballotMethods } from "@/lib/voting/ballot-methods";

export type Cell = string | number | boolean | null;

/**
 * One open-data endpoint: its documentation and how a row becomes a record. JSON `data` items and
 * CSV rows are the same records with the same field names, so the two formats cannot drift apart,
 * and the index at /api/v1 documents exactly the fields that are served.
 */
export interface Endpoint<Scope, Row, Field extends string = string> {
  name: string;
  path: string;
  description: string;
  fields: Record<Field, string>;
  list: OpenList<Scope, Row>;
  record(row: Row): Record<Field, Cell>;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);
/** A coded field's documentation is its vocabulary, so the index cannot list a value the database lacks. */
const oneOf = (values: readonly string[]) => values.join(" | ");

type RowOf<L> = L extends OpenList<infer _Scope, infer Row> ? Row : never;

export const plansEndpoint: Endpoint<null, RowOf<typeof openPlans>> = {
  name: "plans",
  path: "/api/v1/plans",
  description: "Published people's plans (drafts are never listed).",
  fields: {
    slug: "Identifier used in the other endpoints' paths",
    title: "Plan title",
    summary: "Short description",
    period: "The period the plan covers, as written",
    phase: oneOf(publishedPhases),
    region: "Region name",
    budget_pence: "Participatory budget in pence",
    ballot_method: oneOf(ballotMethods),
    outcome_rule: oneOf(outcomeRules),
  },
  list: openPlans,
  record: (p) => ({
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    period: p.periodLabel,
    phase: p.phase,
    region: p.regionName,
    budget_pence: p.budgetPence,
    ballot_method: p.ballotMethod,
    outcome_rule: p.outcomeRule,
  }),
};
type ProposalRow = RowOf<typeof openProposals>;
type PledgeRow = RowOf<typeof openPledges>;
type ResultRow = RowOf<typeof openResults>;
type DeliveryRow = RowOf<typeof openDeliveryUpdates>;

export const proposalsEndpoint: Endpoint<string, ProposalRow> = {
  name: "proposals",
  path: "/api/v1/plans/{slug}/proposals",
  description: "A plan's public proposals (not drafts, withdrawn or hidden ones), oldest first. No author is named.",
  fields: {
    id: "Proposal id",
    title: "Title",
    summary: "Summary",
    status: oneOf(publicProposalStatuses),
    theme: "Theme name",
    neighbourhood_code: "ONS code of the neighbourhood",
    neighbourhood_name: "Neighbourhood name",
    imd_decile: "Index of Multiple Deprivation decile (1 = most deprived tenth of England)",
    estimated_cost_pence: "Cost asked for, in pence",
    final_cost_pence: "Cost confirmed by officers when shortlisted, in pence (null until then)",
    support_count: "People supporting it",
    pledged_value_pence: "Value of contributions pledged to it, in pence",
    organisation_name: "Organisation proposing it (null when a resident proposed it)",
    organisation_sector: oneOf([...sectors, "null"]),
    published_at: "When it was published (ISO 8601)",
  },
  list: openProposals,
  record: (p) => ({
    id: p.id,
    title: p.title,
    summary: p.summary,
    status: p.status,
    theme: p.theme,
    neighbourhood_code: p.neighbourhoodCode,
    neighbourhood_name: p.neighbourhoodName,
    imd_decile: p.imdDecile,
    estimated_cost_pence: p.estimatedCostPence,
    final_cost_pence: p.finalCostPence,
    support_count: p.supportCount,
    pledged_value_pence: p.pledgedValuePence,
    organisation_name: p.organisationName,
    organisation_sector: p.organisationSector,
    published_at: iso(p.publishedAt),
  }),
};

export const pledgesEndpoint: Endpoint<string, PledgeRow> = {
  name: "pledges",
  path: "/api/v1/plans/{slug}/pledges",
  description: "Contributions pledged to the plan's public proposals. Pledgers are named only as organisations.",
  fields: {
    id: "Pledge id",
    proposal_id: "Proposal it supports",
    proposal_title: "That proposal's title",
    kind: oneOf(pledgeKinds),
    quantity: "How much, in `unit`",
    unit: "Unit of the quantity",
    status: oneOf(pledgeStatuses),
    organisation_name: "Pledging organisation (null for a resident)",
    pledger_sector: "The organisation's sector, or resident",
    created_at: "When it was pledged (ISO 8601)",
  },
  list: openPledges,
  record: (p) => ({
    id: p.id,
    proposal_id: p.proposalId,
    proposal_title: p.proposalTitle,
    kind: p.kind,
    quantity: p.quantity,
    unit: p.unit,
    status: p.status,
    organisation_name: p.organisationName,
    pledger_sector: p.pledgerSector,
    created_at: iso(p.createdAt),
  }),
};

export const resultsEndpoint: Endpoint<string, ResultRow> = {
  name: "results",
  path: "/api/v1/plans/{slug}/results",
  description: "The plan's current count: every project on the ballot with its votes, cost, whether it was selected and why. Empty before a count.",
  fields: {
    proposal_id: "Proposal id",
    title: "Title",
    neighbourhood_name: "Neighbourhood name",
    imd_decile: "IMD decile of the neighbourhood",
    votes: "Votes counted (online and paper)",
    paper_votes: "Of which on paper",
    cost_pence: "Cost used in the count, in pence",
    selected: "true when funded",
    stage: "Which stage chose it: main, or a ring-fence's label",
    reason: "Why it was or was not selected",
    rule: `Counting rule: ${oneOf(outcomeRules)}`,
  },
  list: openResults,
  record: (r) => ({
    proposal_id: r.proposalId,
    title: r.title,
    neighbourhood_name: r.neighbourhoodName,
    imd_decile: r.imdDecile,
    votes: r.votes,
    paper_votes: r.paperVotes,
    cost_pence: r.costPence,
    selected: r.selected,
    stage: r.stage,
    reason: r.reason,
    rule: r.rule,
  }),
};

export const deliveryEndpoint: Endpoint<string, DeliveryRow> = {
  name: "delivery",
  path: "/api/v1/plans/{slug}/delivery",
  description: "Delivery updates on the plan's proposals, newest first, with indicator values as columns (null when not reported).",
  fields: {
    id: "Update id",
    proposal_id: "Proposal id",
    proposal_title: "Proposal title",
    milestone: "Milestone reached, if any",
    body: "Progress text",
    happened_on: "When it happened (ISO 8601)",
    ...Object.fromEntries(indicatorKinds.map((kind) => [kind, indicatorHeading(kind)])),
  },
  list: openDeliveryUpdates,
  record: (u) => ({
    id: u.id,
    proposal_id: u.proposalId,
    proposal_title: u.proposalTitle,
    milestone: u.milestone,
    body: u.body,
    happened_on: iso(u.happenedOn),
    ...Object.fromEntries(indicatorKinds.map((kind) => [kind, u.indicators?.[kind] ?? null])),
  }),
};

export const endpoints = [plansEndpoint, proposalsEndpoint, pledgesEndpoint, resultsEndpoint, deliveryEndpoint];
