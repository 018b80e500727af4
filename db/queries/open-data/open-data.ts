import { and, asc, count, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { publicProposalStatuses } from "@/lib/labels";
import type { Database } from "../../connect";
import {
  areas,
  deliveryUpdates,
  organisations,
  outcomeProjects,
  outcomes,
  plans,
  pledges,
  proposals,
  regions,
  themes,
} from "../../schema";

/**
 * Open data: what anyone may read about published plans, page by page. Every list selects named
 * columns only — never from users, equality_answers, or a pledger's or author's identity — so a
 * new column in the schema cannot leak into the API by accident.
 */

export interface Window {
  limit: number;
  offset: number;
}

/** A public list: one query for a window of rows, one for the total; the CSV export pages with `rows`. */
export interface OpenList<Scope, Row> {
  rows(db: Database, scope: Scope, window: Window): Promise<Row[]>;
  count(db: Database, scope: Scope): Promise<number>;
}

export async function readPage<Scope, Row>(list: OpenList<Scope, Row>, db: Database, scope: Scope, window: Window) {
  const [rows, total] = await Promise.all([list.rows(db, scope, window), list.count(db, scope)]);
  return { rows, total };
}

const publishedPlan = ne(plans.phase, "draft");

/** A published plan by slug, or null: drafts are as unknown to the API as plans that do not exist. */
export async function findOpenPlan(db: Database, slug: string) {
  const [plan] = await db
    .select({ id: plans.id, slug: plans.slug })
    .from(plans)
    .where(and(eq(plans.slug, slug), publishedPlan))
    .limit(1);
  return plan ?? null;
}

export const openPlans: OpenList<null, OpenPlan> = {
  rows: (db, _scope, window) =>
    db
      .select({
        slug: plans.slug,
        title: plans.title,
        summary: plans.summary,
        periodLabel: plans.periodLabel,
        phase: plans.phase,
        regionName: regions.name,
        budgetPence: plans.budgetPence,
        ballotMethod: plans.ballotMethod,
        outcomeRule: plans.outcomeRule,
      })
      .from(plans)
      .innerJoin(regions, eq(regions.id, plans.regionId))
      .where(publishedPlan)
      .orderBy(desc(plans.createdAt), asc(plans.id))
      .limit(window.limit)
      .offset(window.offset),
  count: async (db) => (await db.select({ n: count() }).from(plans).where(publishedPlan))[0]?.n ?? 0,
};
export type OpenPlan = {
  slug: string;
  title: string;
  summary: string;
  periodLabel: string;
  phase: string;
  regionName: string;
  budgetPence: number;
  ballotMethod: string;
  outcomeRule: string;
};

// Every list below is scoped to one plan (already known to be published) and to its public proposals.
const publicProposalsOf = (planId: string): SQL | undefined =>
  and(eq(proposals.planId, planId), inArray(proposals.status, [...publicProposalStatuses]));

const proposalColumns = {
  id: proposals.id,
  title: proposals.title,
  summary: proposals.summary,
  status: proposals.status,
  theme: themes.name,
  neighbourhoodCode: areas.code,
  neighbourhoodName: areas.name,
  imdDecile: areas.imdDecile,
  estimatedCostPence: proposals.estimatedCostPence,
  finalCostPence: proposals.finalCostPence,
  supportCount: proposals.supportCount,
  pledgedValuePence: proposals.pledgedValuePence,
  organisationName: organisations.name,
  organisationSector: organisations.sector,
  publishedAt: proposals.publishedAt,
};

function proposalRows(db: Database, planId: string, window: Window) {
  return db
      .select(proposalColumns)
      .from(proposals)
      .innerJoin(areas, eq(areas.id, proposals.areaId))
      .innerJoin(themes, eq(themes.id, proposals.themeId))
      .leftJoin(organisations, eq(organisations.id, proposals.organisationId))
      .where(publicProposalsOf(planId))
      .orderBy(asc(proposals.publishedAt), asc(proposals.id))
      .limit(window.limit)
      .offset(window.offset);
}
export type OpenProposal = Awaited<ReturnType<typeof proposalRows>>[number];

export const openProposals: OpenList<string, OpenProposal> = {
  rows: proposalRows,
  count: async (db, planId) => (await db.select({ n: count() }).from(proposals).where(publicProposalsOf(planId)))[0]?.n ?? 0,
};

const pledgeColumns = {
  id: pledges.id,
  proposalId: pledges.proposalId,
  proposalTitle: proposals.title,
  kind: pledges.kind,
  quantity: pledges.quantity,
  unit: pledges.unit,
  status: pledges.status,
  // Who pledged is public only as an organisation; a person pledging for themselves is "resident".
  organisationName: organisations.name,
  pledgerSector: sql<string>`coalesce(${organisations.sector}::text, 'resident')`,
  createdAt: pledges.createdAt,
};

export const openPledges: OpenList<string, OpenPledge> = {
  rows: (db, planId, window) =>
    db
      .select(pledgeColumns)
      .from(pledges)
      .innerJoin(proposals, eq(proposals.id, pledges.proposalId))
      .leftJoin(organisations, eq(organisations.id, pledges.organisationId))
      .where(publicProposalsOf(planId))
      .orderBy(asc(pledges.createdAt), asc(pledges.id))
      .limit(window.limit)
      .offset(window.offset),
  count: async (db, planId) =>
    (
      await db
        .select({ n: count() })
        .from(pledges)
        .innerJoin(proposals, eq(proposals.id, pledges.proposalId))
        .where(publicProposalsOf(planId))
    )[0]?.n ?? 0,
};
export type OpenPledge = {
  id: string;
  proposalId: string;
  proposalTitle: string;
  kind: string;
  quantity: number;
  unit: string;
  status: string;
  organisationName: string | null;
  pledgerSector: string;
  createdAt: Date;
};

const currentOutcomeOf = (planId: string): SQL | undefined =>
  and(publicProposalsOf(planId), eq(outcomes.planId, planId), eq(outcomes.isCurrent, true));

export const openResults: OpenList<string, OpenResult> = {
  rows: (db, planId, window) =>
    db
      .select({
        proposalId: outcomeProjects.proposalId,
        title: proposals.title,
        neighbourhoodName: areas.name,
        imdDecile: areas.imdDecile,
        votes: outcomeProjects.votes,
        paperVotes: outcomeProjects.paperVotes,
        costPence: outcomeProjects.costPence,
        selected: outcomeProjects.selected,
        stage: outcomeProjects.stage,
        reason: outcomeProjects.explanation,
        rule: outcomes.rule,
      })
      .from(outcomeProjects)
      .innerJoin(outcomes, eq(outcomes.id, outcomeProjects.outcomeId))
      .innerJoin(proposals, eq(proposals.id, outcomeProjects.proposalId))
      .innerJoin(areas, eq(areas.id, proposals.areaId))
      .where(currentOutcomeOf(planId))
      .orderBy(desc(outcomeProjects.selected), desc(outcomeProjects.votes), asc(proposals.id))
      .limit(window.limit)
      .offset(window.offset),
  count: async (db, planId) =>
    (
      await db
        .select({ n: count() })
        .from(outcomeProjects)
        .innerJoin(outcomes, eq(outcomes.id, outcomeProjects.outcomeId))
        .innerJoin(proposals, eq(proposals.id, outcomeProjects.proposalId))
        .where(currentOutcomeOf(planId))
    )[0]?.n ?? 0,
};
export type OpenResult = {
  proposalId: string;
  title: string;
  neighbourhoodName: string;
  imdDecile: number;
  votes: number;
  paperVotes: number;
  costPence: number;
  selected: boolean;
  stage: string;
  reason: string;
  rule: string;
};

export const openDeliveryUpdates: OpenList<string, OpenDeliveryUpdate> = {
  rows: (db, planId, window) =>
    db
      .select({
        id: deliveryUpdates.id,
        proposalId: deliveryUpdates.proposalId,
        proposalTitle: proposals.title,
        milestone: deliveryUpdates.milestone,
        body: deliveryUpdates.body,
        happenedOn: deliveryUpdates.happenedOn,
        // Indicators ride along as one object per update, so a page is one query, not one per update.
        indicators: sql<Record<string, number> | null>`(select json_object_agg(di.kind, di.value) from delivery_indicators di where di.update_id = ${deliveryUpdates.id})`,
      })
      .from(deliveryUpdates)
      .innerJoin(proposals, eq(proposals.id, deliveryUpdates.proposalId))
      .where(publicProposalsOf(planId))
      .orderBy(desc(deliveryUpdates.happenedOn), asc(deliveryUpdates.id))
      .limit(window.limit)
      .offset(window.offset),
  count: async (db, planId) =>
    (
      await db
        .select({ n: count() })
        .from(deliveryUpdates)
        .innerJoin(proposals, eq(proposals.id, deliveryUpdates.proposalId))
        .where(publicProposalsOf(planId))
    )[0]?.n ?? 0,
};
export type OpenDeliveryUpdate = {
  id: string;
  proposalId: string;
  proposalTitle: string;
  milestone: string | null;
  body: string;
  happenedOn: Date;
  indicators: Record<string, number> | null;
};
