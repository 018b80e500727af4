import { and, eq } from "drizzle-orm";
import type { StaffRole } from "@/lib/policy";
import type { Database } from "../../connect";
import { staffRoles } from "../../schema";

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
