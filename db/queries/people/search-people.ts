import { and, asc, count, eq, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import type { PageRequest } from "@/lib/shared/pagination";
import { containsPattern } from "@/lib/shared/search-text";
import type { StaffRole } from "@/lib/policy";
import type { Database } from "../../connect";
import { areas, staffRoles, users } from "../../schema";

/** Everyone not erased whose name or email contains `query` (everyone, when it is empty). */
function peopleMatching(query: string): SQL | undefined {
  const pattern = containsPattern(query);
  return and(isNull(users.deletedAt), query ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined);
}

/** A page of `people` (a select from users) matching `query`, by name, and how many match in all. */
async function pageOfPeople<People extends PgSelect>(db: Database, people: People, query: string, page: PageRequest) {
  const where = peopleMatching(query);
  const [rows, [total]] = await Promise.all([
    people.where(where).orderBy(asc(users.name), asc(users.id)).limit(page.pageSize).offset(page.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** People for officers to find by name or email: a page at a time, with their home neighbourhood. */
export function listPeopleForOfficers(db: Database, query: string, page: PageRequest) {
  const people = db
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
    .leftJoin(areas, eq(areas.id, users.homeAreaId));
  return pageOfPeople(db, people.$dynamic(), query, page);
}

/** People matching a name or email fragment, for granting roles; a page at a time. */
export function searchPeople(db: Database, query: string, page: PageRequest) {
  const people = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      suspendedAt: users.suspendedAt,
      roles: sql<StaffRole[]>`coalesce((select array_agg(${staffRoles.role}::text order by ${staffRoles.role}) from ${staffRoles} where ${staffRoles.userId} = ${users.id}), '{}')`,
    })
    .from(users);
  return pageOfPeople(db, people.$dynamic(), query, page);
}
