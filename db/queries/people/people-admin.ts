import { and, asc, count, eq, ilike, isNull, or } from "drizzle-orm";
import type { PageRequest } from "@/lib/shared/pagination";
import type { Database } from "../../connect";
import { areas, users } from "../../schema";
import { containsPattern } from "@/lib/shared/search-text";

/** People for officers to find by name or email: a page at a time, with their home neighbourhood. */
export async function listPeopleForOfficers(db: Database, query: string, page: PageRequest) {
  const pattern = containsPattern(query);
  const where = and(isNull(users.deletedAt), query ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        participantType: users.participantType,
        suspendedAt: users.suspendedAt,
        suspendedReason: users.suspendedReason,
        homeAreaName: areas.name,
        homeAreaVerifiedAt: users.homeAreaVerifiedAt,
      })
      .from(users)
      .leftJoin(areas, eq(areas.id, users.homeAreaId))
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
