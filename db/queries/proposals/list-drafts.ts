import { and, asc, count, desc, eq } from "drizzle-orm";
import type { PageRequest } from "@/lib/shared/pagination";
import type { Database } from "../../connect";
import { plans, proposals } from "../../schema";

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
