import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import {
  areas,
  organisations,
  outcomes,
  partners,
  planSignatures,
  planVersions,
  plans,
  pledges,
  proposals,
  regions,
  strategicPriorities,
  themes,
} from "../../schema";
import { forgetPlanSnapshots } from "../measures/measure-snapshots";

/** Statuses of proposals that belong in the adopted plan: chosen, and everything after. */
const inPlanStatuses = ["selected", "adopted", "in_delivery", "delivered"] as const;

export type CommitmentSector = "resident" | "community_voluntary" | "social_enterprise" | "business" | "public_body";

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

  const sectors: CommitmentSector[] = ["resident", "community_voluntary", "social_enterprise", "business", "public_body"];
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

export type PublishResult =
  | { ok: true; versionId: string; version: number; adoptedProposalIds: string[]; phaseChanged: boolean }
  | { ok: false; reason: string };

/**
 * Publishes the plan as it stands as the next version. Versions are insert-only: an earlier one is
 * never updated, and the (plan, version) unique index refuses a concurrent duplicate number.
 * Call inside a transaction: the version, the adopted statuses and the phase commit together.
 */
export async function publishPlanVersion(db: Database, input: { planId: string; title: string; summary: string; publishedBy: string }): Promise<PublishResult> {
  // Lock the plan row so two publishers queue for the next number instead of colliding on it.
  const [locked] = await db.select({ id: plans.id }).from(plans).where(eq(plans.id, input.planId)).for("update");
  const document = locked ? await assemblePlanDocument(db, input.planId) : null;
  if (!document) return { ok: false, reason: "That plan no longer exists." };
  if (!document.proposals.length) return { ok: false, reason: "No proposals have been selected yet, so there is nothing to adopt." };
  const [latest] = await db.select({ n: sql<number>`coalesce(max(${planVersions.version}), 0)`.mapWith(Number) }).from(planVersions).where(eq(planVersions.planId, input.planId));
  const version = (latest?.n ?? 0) + 1;
  const [row] = await db
    .insert(planVersions)
    .values({ planId: input.planId, version, title: input.title, summary: input.summary, content: document as unknown as Record<string, unknown>, publishedBy: input.publishedBy })
    .returning({ id: planVersions.id });
  if (!row) throw new Error("plan version not inserted");
  const adopted = await db
    .update(proposals)
    .set({ status: "adopted" })
    .where(and(eq(proposals.planId, input.planId), eq(proposals.status, "selected")))
    .returning({ id: proposals.id });
  const phase = await db.update(plans).set({ phase: "adopted" }).where(and(eq(plans.id, input.planId), eq(plans.phase, "results"))).returning({ id: plans.id });
  await forgetPlanSnapshots(db, input.planId);
  return { ok: true, versionId: row.id, version, adoptedProposalIds: adopted.map((p) => p.id), phaseChanged: phase.length > 0 };
}

/** The next version number, for the "Publish version N" button. */
export async function nextPlanVersionNumber(db: Database, planId: string): Promise<number> {
  const [latest] = await db.select({ n: sql<number>`coalesce(max(${planVersions.version}), 0)`.mapWith(Number) }).from(planVersions).where(eq(planVersions.planId, planId));
  return (latest?.n ?? 0) + 1;
}

export async function listPlanVersions(db: Database, planId: string) {
  return db
    .select({ id: planVersions.id, version: planVersions.version, title: planVersions.title, publishedAt: planVersions.publishedAt })
    .from(planVersions)
    .where(eq(planVersions.planId, planId))
    .orderBy(desc(planVersions.version));
}

/** One version of a plan, or the latest when no number is given. */
export async function getPlanVersion(db: Database, planId: string, version?: number) {
  const [row] = await db
    .select()
    .from(planVersions)
    .where(version === undefined ? eq(planVersions.planId, planId) : and(eq(planVersions.planId, planId), eq(planVersions.version, version)))
    .orderBy(desc(planVersions.version))
    .limit(1);
  if (!row) return null;
  return { ...row, document: row.content as unknown as PlanDocument };
}

/** The plan a version belongs to, with its phase, for the policy check on signing. */
export async function getPlanVersionForSigning(db: Database, planVersionId: string) {
  const [row] = await db
    .select({ id: planVersions.id, version: planVersions.version, planId: plans.id, planSlug: plans.slug, planPhase: plans.phase })
    .from(planVersions)
    .innerJoin(plans, eq(plans.id, planVersions.planId))
    .where(eq(planVersions.id, planVersionId));
  return row ?? null;
}

/** One signature per organisation per version: a second attempt is refused, not duplicated. */
export async function signPlanVersion(db: Database, input: { planVersionId: string; organisationId: string; signedBy: string; statement: string }) {
  const inserted = await db.insert(planSignatures).values(input).onConflictDoNothing().returning({ organisationId: planSignatures.organisationId });
  return inserted.length > 0 ? ({ ok: true } as const) : ({ ok: false, reason: "This organisation has already signed this version of the plan." } as const);
}

export async function listPlanSignatures(db: Database, planVersionId: string) {
  return db
    .select({ organisationId: organisations.id, name: organisations.name, slug: organisations.slug, sector: organisations.sector, statement: planSignatures.statement, signedAt: planSignatures.signedAt })
    .from(planSignatures)
    .innerJoin(organisations, eq(organisations.id, planSignatures.organisationId))
    .where(eq(planSignatures.planVersionId, planVersionId))
    .orderBy(asc(planSignatures.signedAt), asc(organisations.name));
}

/** Of the organisations a person administers, those that have not yet signed this version. */
export async function listOrganisationsYetToSign(db: Database, planVersionId: string, organisationIds: string[]) {
  if (!organisationIds.length) return [];
  const [orgs, signed] = await Promise.all([
    db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, organisationIds)).orderBy(asc(organisations.name)),
    db.select({ id: planSignatures.organisationId }).from(planSignatures).where(and(eq(planSignatures.planVersionId, planVersionId), inArray(planSignatures.organisationId, organisationIds))),
  ]);
  const done = new Set(signed.map((s) => s.id));
  return orgs.filter((o) => !done.has(o.id));
}
