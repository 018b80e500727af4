import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { participantTypes, type ParticipantType } from "@/lib/organisations/sectors";
import type { Database } from "../../connect";
import { areas, organisations, outcomes, partners, plans, pledges, proposals, regions, strategicPriorities, themes } from "../../schema";

/** Statuses of proposals that belong in the adopted plan: chosen, and everything after. */
const inPlanStatuses = ["selected", "adopted", "in_delivery", "delivered"] as const;

export type CommitmentSector = ParticipantType;

export interface PlanDocumentProposal {
  id: string;
  title: string;
  areaName: string;
  imdDecile: number;
  themeName: string;
  costPence: number;
}

export interface MoneyRow {
  name: string;
  count: number;
  pence: number;
}

export interface SectorCommitment {
  sector: CommitmentSector;
  pledges: { organisation: string | null; kind: string; quantity: number; unit: string; description: string; proposalTitle: string }[];
  partners: { organisation: string; role: string; proposalTitle: string }[];
}

/**
 * The content of a published version: a self-contained snapshot, so a later change to a
 * proposal, pledge or outcome never alters what a version said when it was published.
 */
export interface PlanDocument {
  planTitle: string;
  periodLabel: string;
  regionName: string;
  budgetPence: number;
  totalPence: number;
  proposals: PlanDocumentProposal[];
  byTheme: MoneyRow[];
  byArea: (MoneyRow & { imdDecile: number })[];
  commitments: SectorCommitment[];
  priorities: { title: string; description: string }[];
  method: { rule: string; utility: string; tieBreak: string; budgetPence: number; spentPence: number; voterCount: number; computedAt: string } | null;
}

function sumBy<K extends string>(rows: PlanDocumentProposal[], key: (row: PlanDocumentProposal) => K) {
  const totals = new Map<K, { count: number; pence: number }>();
  for (const row of rows) {
    const entry = totals.get(key(row)) ?? { count: 0, pence: 0 };
    entry.count += 1;
    entry.pence += row.costPence;
    totals.set(key(row), entry);
  }
  return [...totals.entries()].map(([name, t]) => ({ name, ...t })).sort((a, b) => b.pence - a.pence || a.name.localeCompare(b.name));
}

/** Assembles the people's plan as it stands now from the selected proposals, pledges, partners and outcome. */
export async function assemblePlanDocument(db: Database, planId: string): Promise<PlanDocument | null> {
  const [plan] = await db
    .select({ title: plans.title, periodLabel: plans.periodLabel, budgetPence: plans.budgetPence, regionName: regions.name })
    .from(plans)
    .innerJoin(regions, eq(regions.id, plans.regionId))
    .where(eq(plans.id, planId));
  if (!plan) return null;

  const [rows, priorities, [outcome]] = await Promise.all([
    db
      .select({
        id: proposals.id,
        title: proposals.title,
        areaName: areas.name,
        imdDecile: areas.imdDecile,
        themeName: themes.name,
        costPence: sql<number>`coalesce(${proposals.finalCostPence}, ${proposals.estimatedCostPence})`.mapWith(Number),
      })
      .from(proposals)
      .innerJoin(areas, eq(areas.id, proposals.areaId))
      .innerJoin(themes, eq(themes.id, proposals.themeId))
      .where(and(eq(proposals.planId, planId), inArray(proposals.status, inPlanStatuses)))
      .orderBy(asc(themes.name), asc(proposals.title), asc(proposals.id)),
    db.select({ title: strategicPriorities.title, description: strategicPriorities.description }).from(strategicPriorities).where(eq(strategicPriorities.planId, planId)).orderBy(asc(strategicPriorities.position), asc(strategicPriorities.title)),
    db.select().from(outcomes).where(and(eq(outcomes.planId, planId), eq(outcomes.isCurrent, true))),
  ]);

  const ids = rows.map((r) => r.id);
  const titleOf = new Map(rows.map((r) => [r.id, r.title]));
  const [pledgeRows, partnerRows] = ids.length
    ? await Promise.all([
        db
          .select({ proposalId: pledges.proposalId, kind: pledges.kind, quantity: pledges.quantity, unit: pledges.unit, description: pledges.description, organisation: organisations.name, sector: organisations.sector })
          .from(pledges)
          .leftJoin(organisations, eq(organisations.id, pledges.organisationId))
          .where(and(inArray(pledges.proposalId, ids), inArray(pledges.status, ["confirmed", "delivered"])))
          .orderBy(asc(pledges.createdAt), asc(pledges.id)),
        db
          .select({ proposalId: partners.proposalId, role: partners.role, organisation: organisations.name, sector: organisations.sector })
          .from(partners)
          .innerJoin(organisations, eq(organisations.id, partners.organisationId))
          .where(and(inArray(partners.proposalId, ids), eq(partners.status, "agreed")))
          .orderBy(asc(organisations.name), asc(partners.id)),
      ])
    : [[], []];

  const sectors: readonly CommitmentSector[] = participantTypes;
  const commitments = sectors
    .map((sector) => ({
      sector,
      // A pledge made by a person, not for an organisation, is a resident's commitment.
      pledges: pledgeRows
        .filter((p) => (p.sector ?? "resident") === sector)
        .map((p) => ({ organisation: p.organisation, kind: p.kind, quantity: p.quantity, unit: p.unit, description: p.description, proposalTitle: titleOf.get(p.proposalId) ?? "" })),
      partners: partnerRows.filter((p) => p.sector === sector).map((p) => ({ organisation: p.organisation, role: p.role, proposalTitle: titleOf.get(p.proposalId) ?? "" })),
    }))
    .filter((c) => c.pledges.length || c.partners.length);

  const areaDeciles = new Map(rows.map((r) => [r.areaName, r.imdDecile]));
  return {
    planTitle: plan.title,
    periodLabel: plan.periodLabel,
    regionName: plan.regionName,
    budgetPence: plan.budgetPence,
    totalPence: rows.reduce((sum, r) => sum + r.costPence, 0),
    proposals: rows,
    byTheme: sumBy(rows, (r) => r.themeName),
    byArea: sumBy(rows, (r) => r.areaName).map((row) => ({ ...row, imdDecile: areaDeciles.get(row.name) ?? 0 })),
    commitments,
    priorities,
    method: outcome
      ? { rule: outcome.rule, utility: outcome.utility, tieBreak: outcome.tieBreak, budgetPence: outcome.budgetPence, spentPence: outcome.spentPence, voterCount: outcome.voterCount, computedAt: outcome.computedAt.toISOString() }
      : null,
  };
}
