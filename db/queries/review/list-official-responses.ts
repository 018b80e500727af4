import { and, asc, eq, inArray, notExists, sql } from "drizzle-orm";
import { responseStatuses } from "@/lib/review/assessments";
import type { Database } from "../../connect";
import { areas, officialResponses, proposals } from "../../schema";

/**
 * A proposal's official responses, oldest first, for its public page. The responding officer is
 * left out: the public sees the body that gave the response, not a member of staff's name.
 */
export function listOfficialResponses(db: Database, proposalId: string) {
  return db
    .select({ id: officialResponses.id, status: officialResponses.status, body: officialResponses.body, respondingBody: officialResponses.respondingBody, createdAt: officialResponses.createdAt })
    .from(officialResponses)
    .where(eq(officialResponses.proposalId, proposalId))
    .orderBy(asc(officialResponses.createdAt), asc(officialResponses.id));
}

export type OfficialResponse = Awaited<ReturnType<typeof listOfficialResponses>>[number];

/**
 * Proposals whose current status is one people are owed a response for, with no response for it
 * yet. The status change has no timestamp of its own, so the proposal's last update stands in
 * for when the wait began.
 */
export function listProposalsAwaitingResponse(db: Database, planId: string) {
  return db
    .select({ id: proposals.id, title: proposals.title, status: proposals.status, areaName: areas.name, waitingSince: proposals.updatedAt })
    .from(proposals)
    .innerJoin(areas, eq(areas.id, proposals.areaId))
    .where(
      and(
        eq(proposals.planId, planId),
        inArray(proposals.status, [...responseStatuses]),
        notExists(
          db
            .select({ one: sql`1` })
            .from(officialResponses)
            .where(and(eq(officialResponses.proposalId, proposals.id), eq(officialResponses.status, proposals.status))),
        ),
      ),
    )
    .orderBy(asc(proposals.updatedAt), asc(proposals.id));
}
