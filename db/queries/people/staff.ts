import { and, asc, count, eq, ilike, isNull, or, sql } from "drizzle-orm";
import type { PageRequest } from "@/lib/shared/pagination";
import type { StaffRole } from "@/lib/policy";
import type { Database } from "../../connect";
import { staffRoles, users } from "../../schema";
import { containsPattern } from "@/lib/shared/search-text";

/** Everyone who holds a staff role, with their roles. */
export async function listStaff(db: Database) {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: staffRoles.role, grantedAt: staffRoles.grantedAt })
    .from(staffRoles)
    .innerJoin(users, eq(users.id, staffRoles.userId))
    .orderBy(asc(users.name), asc(staffRoles.role));
  const byPerson = new Map<string, { id: string; name: string | null; email: string | null; roles: StaffRole[] }>();
  for (const row of rows) {
    const person = byPerson.get(row.id) ?? { id: row.id, name: row.name, email: row.email, roles: [] };
    person.roles.push(row.role);
    byPerson.set(row.id, person);
  }
  return [...byPerson.values()];
}

/** People matching a name or email fragment, for granting roles; a page at a time. */
export async function searchPeople(db: Database, query: string, page: PageRequest) {
  const pattern = containsPattern(query);
  const where = and(isNull(users.deletedAt), query ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        suspendedAt: users.suspendedAt,
        roles: sql<StaffRole[]>`coalesce((select array_agg(${staffRoles.role}::text order by ${staffRoles.role}) from ${staffRoles} where ${staffRoles.userId} = ${users.id}), '{}')`,
      })
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function grantStaffRole(db: Database, userId: string, role: StaffRole, grantedBy: string): Promise<boolean> {
  const inserted = await db.insert(staffRoles).values({ userId, role, grantedBy }).onConflictDoNothing().returning({ userId: staffRoles.userId });
  return inserted.length > 0;
}

export async function revokeStaffRole(db: Database, userId: string, role: StaffRole): Promise<boolean> {
  const deleted = await db
    .delete(staffRoles)
    .where(and(eq(staffRoles.userId, userId), eq(staffRoles.role, role)))
    .returning({ userId: staffRoles.userId });
  return deleted.length > 0;
}
