import { eq, sql } from "drizzle-orm";
import type { ProposalFilters } from "@/lib/proposals/proposal-filters";
import type { Database } from "../../connect";
import { areas, organisations, proposals, supports, themes, users } from "../../schema";
import { inMostDeprivedArea } from "../measures/aggregates";
import { proposalFiltersWhere } from "../proposals/search-proposals";
import { combinedScoresForPlan } from "./get-combined-assessment";

export const reviewSorts = ["supports", "votes", "leverage", "deprived", "score"] as const;

export type ReviewSort = (typeof reviewSorts)[number];

export type ReviewFilters = Pick<ProposalFilters, "q" | "theme" | "area" | "band" | "status" | "needs" | "by">;

const noFilters: ReviewFilters = { q: "", theme: null, area: null, band: null, status: null, needs: false, by: null };

/**
 * The plan's public proposals with the signals reviewers rank by: supports, pledged value against
 * the cost (leverage), the share of supporters living in deciles 1–2, and the combined score.
 */
export async function listProposalsForReview(db: Database, planId: string, sort: ReviewSort, filters: ReviewFilters = noFilters) {
  const deprivedSupporters = db
    .select({
      proposalId: supports.proposalId,
      total: sql<number>`count(*)::int`.as("total"),
      deprived: sql<number>`count(*) filter (where ${inMostDeprivedArea(areas.imdDecile)})::int`.as("deprived"),
    })
    .from(supports)
    .innerJoin(users, eq(users.id, supports.userId))
    .leftJoin(areas, eq(areas.id, users.homeAreaId))
    .groupBy(supports.proposalId)
    .as("deprived_supporters");
  const [rows, scores] = await Promise.all([
    db
      .select({
        id: proposals.id,
        title: proposals.title,
        status: proposals.status,
        supportCount: proposals.supportCount,
        pledgedValuePence: proposals.pledgedValuePence,
        costPence: sql<number>`coalesce(${proposals.finalCostPence}, ${proposals.estimatedCostPence})`.mapWith(Number),
        areaName: areas.name,
        imdDecile: areas.imdDecile,
        themeName: themes.name,
        organisationName: organisations.name,
        supporters: sql<number>`coalesce(${deprivedSupporters.total}, 0)`.mapWith(Number),
        deprivedSupporters: sql<number>`coalesce(${deprivedSupporters.deprived}, 0)`.mapWith(Number),
        // Ballots that chose it (online, paper and imported), plus paper approvals counted per project.
        votes: sql<number>`((select count(*) from ballot_choices bc where bc.proposal_id = ${proposals.id}) + coalesce((select sum(pt.approvals) from paper_tallies pt where pt.proposal_id = ${proposals.id}), 0))::int`.mapWith(Number),
      })
      .from(proposals)
      .innerJoin(areas, eq(areas.id, proposals.areaId))
      .innerJoin(themes, eq(themes.id, proposals.themeId))
      .leftJoin(organisations, eq(organisations.id, proposals.organisationId))
      .leftJoin(deprivedSupporters, eq(deprivedSupporters.proposalId, proposals.id))
      .where(proposalFiltersWhere(planId, filters)),
    combinedScoresForPlan(db, planId),
  ]);
  const ranked = rows.map((row) => {
    const combined = scores.get(row.id);
    return {
      ...row,
      // Pledged value per pound of public money asked for.
      leverage: row.costPence > 0 ? row.pledgedValuePence / row.costPence : 0,
      deprivedShare: row.supporters > 0 ? row.deprivedSupporters / row.supporters : 0,
      score: combined?.overall ?? null,
      scoreMin: combined?.overallMin ?? null,
      scoreMax: combined?.overallMax ?? null,
      assessmentCount: combined?.reviewerCount ?? 0,
      combined: combined ?? null,
    };
  });
  const key = (row: (typeof ranked)[number]): number => {
    switch (sort) {
      case "supports":
        return row.supportCount;
      case "votes":
        return row.votes;
      case "leverage":
        return row.leverage;
      case "deprived":
        return row.deprivedShare;
      case "score":
        return row.score ?? -1;
    }
  };
  return ranked.sort((a, b) => key(b) - key(a) || b.supportCount - a.supportCount || a.title.localeCompare(b.title));
}

export type ReviewRow = Awaited<ReturnType<typeof listProposalsForReview>>[number];
