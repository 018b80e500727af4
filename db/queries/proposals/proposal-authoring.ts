import { and, asc, count, desc, eq, inArray, notInArray } from "drizzle-orm";
import type { PledgeKind, ProposalStatus } from "@/lib/labels";
import type { PageRequest } from "@/lib/shared/pagination";
import type { Database } from "../../connect";
import { areas, memberships, needs, organisations, planThemes, plans, pledges, proposalPhotos, proposals, regions, themes } from "../../schema";

/** A plan as the propose page needs it, whatever its phase (the page explains when it is closed). */
export async function getPlanForProposing(db: Database, slug: string) {
  const [row] = await db
    .select({ id: plans.id, slug: plans.slug, title: plans.title, phase: plans.phase, regionId: plans.regionId, regionName: regions.name })
    .from(plans)
    .innerJoin(regions, eq(regions.id, plans.regionId))
    .where(eq(plans.slug, slug))
    .limit(1);
  return row ?? null;
}

export async function getPlanById(db: Database, planId: string) {
  const [row] = await db
    .select({ id: plans.id, slug: plans.slug, phase: plans.phase, regionId: plans.regionId })
    .from(plans)
    .where(eq(plans.id, planId))
    .limit(1);
  return row ?? null;
}

/** A proposal with what the policy asks about it: its author, its status and its plan's phase. */
export async function getAuthoringTarget(db: Database, proposalId: string) {
  const [row] = await db
    .select({
      id: proposals.id,
      authorId: proposals.authorId,
      status: proposals.status,
      organisationId: proposals.organisationId,
      planId: plans.id,
      planSlug: plans.slug,
      planTitle: plans.title,
      planPhase: plans.phase,
      regionId: plans.regionId,
    })
    .from(proposals)
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .where(eq(proposals.id, proposalId))
    .limit(1);
  return row ?? null;
}

export type AuthoringTarget = NonNullable<Awaited<ReturnType<typeof getAuthoringTarget>>>;

/** The plan's own themes, or, when it has chosen none, every theme of its region. */
export async function listProposalThemes(db: Database, planId: string, regionId: string) {
  const chosen = await db
    .select({ id: themes.id, name: themes.name })
    .from(planThemes)
    .innerJoin(themes, eq(themes.id, planThemes.themeId))
    .where(eq(planThemes.planId, planId))
    .orderBy(asc(themes.name));
  if (chosen.length > 0) return chosen;
  return db.select({ id: themes.id, name: themes.name }).from(themes).where(eq(themes.regionId, regionId)).orderBy(asc(themes.name));
}

export function listAreaShapes(db: Database, regionId: string) {
  return db.select({ id: areas.id, name: areas.name, boundary: areas.boundary }).from(areas).where(eq(areas.regionId, regionId)).orderBy(asc(areas.name));
}

export function getAreaInRegion(db: Database, areaId: string, regionId: string) {
  return db
    .select({ id: areas.id, name: areas.name, boundary: areas.boundary })
    .from(areas)
    .where(and(eq(areas.id, areaId), eq(areas.regionId, regionId)))
    .limit(1)
    .then((rows) => rows[0] ?? null);
}

/** The organisations a person may propose for: any they belong to, whatever their role. */
export function listMemberOrganisations(db: Database, userId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));
}

export interface ProposalContentValues {
  title: string;
  summary: string;
  body: string;
  themeId: string;
  areaId: string;
  organisationId: string | null;
  estimatedCostPence: number;
  latitude: number | null;
  longitude: number | null;
}

export async function insertProposal(
  tx: Database,
  values: ProposalContentValues & { planId: string; authorId: string; status: "draft" | "published"; publishedAt?: Date },
): Promise<string> {
  const [row] = await tx.insert(proposals).values(values).returning({ id: proposals.id });
  if (!row) throw new Error("proposal not inserted");
  return row.id;
}

/** Rewrites a proposal's content only if this author wrote it and it is still in one of `statuses`. */
export async function updateProposalContent(
  tx: Database,
  scope: { proposalId: string; authorId: string; statuses: readonly ProposalStatus[] },
  values: ProposalContentValues,
): Promise<boolean> {
  const updated = await tx
    .update(proposals)
    .set(values)
    .where(and(eq(proposals.id, scope.proposalId), eq(proposals.authorId, scope.authorId), inArray(proposals.status, [...scope.statuses])))
    .returning({ id: proposals.id });
  return updated.length > 0;
}

export async function publishDraft(tx: Database, proposalId: string, authorId: string): Promise<boolean> {
  const updated = await tx
    .update(proposals)
    .set({ status: "published", publishedAt: new Date() })
    .where(and(eq(proposals.id, proposalId), eq(proposals.authorId, authorId), eq(proposals.status, "draft")))
    .returning({ id: proposals.id });
  return updated.length > 0;
}

export interface NeedRow {
  id: string | null;
  kind: PledgeKind;
  description: string;
}

/** A draft's needs are its own until it is published (nobody can pledge to them), so they are simply replaced. */
export async function replaceDraftNeeds(tx: Database, proposalId: string, rows: readonly NeedRow[]): Promise<void> {
  await tx.delete(needs).where(eq(needs.proposalId, proposalId));
  if (rows.length > 0) await tx.insert(needs).values(rows.map((row) => ({ proposalId, kind: row.kind, description: row.description })));
}

/**
 * A live proposal's open needs, brought in line with the form: rows kept by id, new rows added,
 * dropped rows deleted — or closed, when a pledge already answers them, so the pledge keeps its link.
 * Needs already met are not the form's to change. Returns false if a row names a need it does not own.
 */
export async function syncOpenNeeds(tx: Database, proposalId: string, rows: readonly NeedRow[]): Promise<boolean> {
  const open = await tx.select({ id: needs.id }).from(needs).where(and(eq(needs.proposalId, proposalId), eq(needs.status, "open")));
  const openIds = new Set(open.map((need) => need.id));
  const keptIds = rows.flatMap((row) => (row.id ? [row.id] : []));
  if (keptIds.some((id) => !openIds.has(id))) return false;

  for (const row of rows) {
    if (row.id) {
      await tx.update(needs).set({ kind: row.kind, description: row.description }).where(and(eq(needs.id, row.id), eq(needs.proposalId, proposalId)));
    }
  }
  const fresh = rows.filter((row) => !row.id);
  if (fresh.length > 0) await tx.insert(needs).values(fresh.map((row) => ({ proposalId, kind: row.kind, description: row.description })));

  const dropped = [...openIds].filter((id) => !keptIds.includes(id));
  if (dropped.length > 0) {
    const answered = await tx.selectDistinct({ needId: pledges.needId }).from(pledges).where(inArray(pledges.needId, dropped));
    const answeredIds = answered.flatMap((row) => (row.needId ? [row.needId] : []));
    if (answeredIds.length > 0) await tx.update(needs).set({ status: "closed" }).where(and(eq(needs.proposalId, proposalId), inArray(needs.id, answeredIds)));
    const unanswered = dropped.filter((id) => !answeredIds.includes(id));
    if (unanswered.length > 0) await tx.delete(needs).where(and(eq(needs.proposalId, proposalId), inArray(needs.id, unanswered)));
  }
  return true;
}

export async function updatePhotoAlts(tx: Database, proposalId: string, rows: readonly { id: string; alt: string }[]): Promise<void> {
  for (const row of rows) {
    await tx.update(proposalPhotos).set({ altText: row.alt }).where(and(eq(proposalPhotos.id, row.id), eq(proposalPhotos.proposalId, proposalId)));
  }
}

export type WithdrawOutcome = "withdrawn" | "not_found" | "draft" | "hidden" | "already_withdrawn";

/** Withdraws the author's own proposal. Hidden ones stay hidden: withdrawing must not publish what a moderator took down. */
export async function withdrawProposal(tx: Database, proposalId: string, authorId: string): Promise<WithdrawOutcome> {
  const updated = await tx
    .update(proposals)
    .set({ status: "withdrawn" })
    .where(and(eq(proposals.id, proposalId), eq(proposals.authorId, authorId), notInArray(proposals.status, ["draft", "hidden", "withdrawn"])))
    .returning({ id: proposals.id });
  if (updated.length > 0) return "withdrawn";
  const [row] = await tx.select({ status: proposals.status }).from(proposals).where(and(eq(proposals.id, proposalId), eq(proposals.authorId, authorId)));
  if (!row) return "not_found";
  return row.status === "draft" ? "draft" : row.status === "hidden" ? "hidden" : "already_withdrawn";
}

/** Deletes the author's own draft and returns its photos' storage keys, for removal once committed. */
export async function deleteDraft(tx: Database, proposalId: string, authorId: string): Promise<string[] | null> {
  const photos = await tx.select({ key: proposalPhotos.storageKey }).from(proposalPhotos).where(eq(proposalPhotos.proposalId, proposalId));
  const deleted = await tx
    .delete(proposals)
    .where(and(eq(proposals.id, proposalId), eq(proposals.authorId, authorId), eq(proposals.status, "draft")))
    .returning({ id: proposals.id });
  return deleted.length > 0 ? photos.map((photo) => photo.key) : null;
}

export type AddPhotoOutcome = { added: typeof proposalPhotos.$inferSelect } | { added: null; reason: "not_found" | "full" };

/**
 * Adds a photo to the author's own proposal in the first free of the three places. The proposal
 * row is locked first, so two uploads at once cannot both take the last place.
 */
export async function addPhoto(tx: Database, authorId: string, photo: { proposalId: string; storageKey: string; altText: string; width: number; height: number }): Promise<AddPhotoOutcome> {
  const [owned] = await tx
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(eq(proposals.id, photo.proposalId), eq(proposals.authorId, authorId)))
    .for("update");
  if (!owned) return { added: null, reason: "not_found" };
  const taken = new Set((await tx.select({ position: proposalPhotos.position }).from(proposalPhotos).where(eq(proposalPhotos.proposalId, photo.proposalId))).map((p) => p.position));
  const position = [0, 1, 2].find((candidate) => !taken.has(candidate));
  if (position === undefined) return { added: null, reason: "full" };
  const [row] = await tx.insert(proposalPhotos).values({ ...photo, position }).returning();
  if (!row) throw new Error("photo not inserted");
  return { added: row };
}

/** Removes a photo of the author's own proposal; returns its storage key, or null if there is no such photo. */
export async function removePhoto(tx: Database, scope: { proposalId: string; authorId: string; photoId: string }): Promise<string | null> {
  const owned = tx.select({ id: proposals.id }).from(proposals).where(and(eq(proposals.id, scope.proposalId), eq(proposals.authorId, scope.authorId)));
  const [row] = await tx
    .delete(proposalPhotos)
    .where(and(eq(proposalPhotos.id, scope.photoId), eq(proposalPhotos.proposalId, scope.proposalId), inArray(proposalPhotos.proposalId, owned)))
    .returning({ key: proposalPhotos.storageKey });
  return row?.key ?? null;
}

export function listProposalPhotos(db: Database, proposalId: string) {
  return db
    .select({ id: proposalPhotos.id, storageKey: proposalPhotos.storageKey, altText: proposalPhotos.altText, width: proposalPhotos.width, height: proposalPhotos.height })
    .from(proposalPhotos)
    .where(eq(proposalPhotos.proposalId, proposalId))
    .orderBy(asc(proposalPhotos.position));
}

/** The author's own proposal with everything the editor shows; null for anyone else's. */
export async function getProposalForEditing(db: Database, proposalId: string, authorId: string) {
  const [proposal] = await db
    .select()
    .from(proposals)
    .where(and(eq(proposals.id, proposalId), eq(proposals.authorId, authorId)))
    .limit(1);
  if (!proposal) return null;
  const [needRows, photos] = await Promise.all([
    db
      .select({ id: needs.id, kind: needs.kind, description: needs.description })
      .from(needs)
      .where(and(eq(needs.proposalId, proposalId), eq(needs.status, "open")))
      .orderBy(asc(needs.createdAt), asc(needs.id)),
    listProposalPhotos(db, proposalId),
  ]);
  return { proposal, needs: needRows, photos };
}

/** A page of the person's own drafts, most recently touched first. */
export async function listDrafts(db: Database, authorId: string, page: PageRequest) {
  const mine = and(eq(proposals.authorId, authorId), eq(proposals.status, "draft"));
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: proposals.id, title: proposals.title, summary: proposals.summary, updatedAt: proposals.updatedAt, planSlug: plans.slug, planTitle: plans.title, planPhase: plans.phase })
      .from(proposals)
      .innerJoin(plans, eq(plans.id, proposals.planId))
      .where(mine)
      .orderBy(desc(proposals.updatedAt), asc(proposals.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ n: count() }).from(proposals).where(mine),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Who may see a stored photo: the status and author of the proposal it belongs to. */
export async function getPhotoAccess(db: Database, storageKey: string) {
  const [row] = await db
    .select({ status: proposals.status, authorId: proposals.authorId })
    .from(proposalPhotos)
    .innerJoin(proposals, eq(proposals.id, proposalPhotos.proposalId))
    .where(eq(proposalPhotos.storageKey, storageKey))
    .limit(1);
  return row ?? null;
}

/** Whether a theme may be chosen for a plan: one of its own themes, or its region's when it has none. */
export async function isThemeAllowed(db: Database, planId: string, regionId: string, themeId: string): Promise<boolean> {
  return (await listProposalThemes(db, planId, regionId)).some((theme) => theme.id === themeId);
}
