import { asc, eq } from "drizzle-orm";
import type { StaffRole } from "@/lib/policy";
import type { Database } from "../../connect";
import { staffRoles, users } from "../../schema";

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
