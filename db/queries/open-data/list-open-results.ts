import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import { areas, outcomeProjects, outcomes, proposals } from "../../schema";
import { type OpenList, publicProposalsOf } from "./open-list";

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
