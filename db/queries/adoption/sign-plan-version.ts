import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../connect";
import { organisations, plans, planSignatures, planVersions } from "../../schema";

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
