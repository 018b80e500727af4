import { and, asc, eq, inArray, or } from "drizzle-orm";
import { publicProposalStatuses, type ProposalStatus } from "@/lib/proposals/statuses";
import type { Database } from "../../connect";
import { areas, needs, organisations, plans, proposals, themes, users } from "../../schema";
import { listProposalPhotos } from "./get-proposal-photos";

/** Statuses reachable by a direct link: public ones, plus withdrawn (shown as such). */
const linkableStatuses: ProposalStatus[] = [...publicProposalStatuses, "withdrawn"];

/**
 * A proposal for its page. Everyone sees public and withdrawn ones; its author and moderators
 * also see it while hidden (with the moderator's reason), so nobody is left wondering.
 */
export async function getPublicProposal(db: Database, id: string, viewer?: { userId: string; moderator: boolean }) {
  const [row] = await db
    .select({
      proposal: proposals,
      area: { id: areas.id, name: areas.name, imdDecile: areas.imdDecile, code: areas.code },
      theme: { id: themes.id, name: themes.name },
      plan: { id: plans.id, slug: plans.slug, title: plans.title, phase: plans.phase, supportThreshold: plans.supportThreshold },
      authorName: users.name,
      organisation: { id: organisations.id, name: organisations.name, sector: organisations.sector, verifiedAt: organisations.verifiedAt },
    })
    .from(proposals)
    .innerJoin(areas, eq(areas.id, proposals.areaId))
    .innerJoin(themes, eq(themes.id, proposals.themeId))
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .innerJoin(users, eq(users.id, proposals.authorId))
    .leftJoin(organisations, eq(organisations.id, proposals.organisationId))
    .where(
      and(
        eq(proposals.id, id),
        viewer
          ? or(inArray(proposals.status, linkableStatuses), and(eq(proposals.status, "hidden"), viewer.moderator ? undefined : eq(proposals.authorId, viewer.userId)))
          : inArray(proposals.status, linkableStatuses),
      ),
    )
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
