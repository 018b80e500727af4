import type { Database } from "../../connect";
import { auditLog } from "../../schema";

export interface AuditEntry {
  actorId: string | null;
  /** verb.noun, e.g. "staff_role.grant", "organisation.verify". */
  action: string;
  entityType: string;
  entityId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends to the audit log. Call it with the transaction that makes the change, so the change
 * and its record commit together or not at all.
 */
export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    reason: entry.reason ?? null,
    details: entry.details ?? {},
  });
}
