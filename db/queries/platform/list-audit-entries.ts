import { and, asc, count, desc, eq, gte, ilike, lt, or, type SQL } from "drizzle-orm";
import { containsPattern } from "@/lib/shared/search-text";
import { auditLog, users } from "../../schema";
import type { Database } from "../../connect";

export interface AuditFilters {
  action?: string;
  entityType?: string;
  /** Part of the actor's name or email. */
  actor?: string;
  /** Entries at or after this instant. */
  from?: Date;
  /** Entries before this instant. */
  before?: Date;
}

function whereOf(filters: AuditFilters): SQL | undefined {
  return and(
    filters.action ? eq(auditLog.action, filters.action) : undefined,
    filters.entityType ? eq(auditLog.entityType, filters.entityType) : undefined,
    filters.actor ? or(ilike(users.name, containsPattern(filters.actor)), ilike(users.email, containsPattern(filters.actor))) : undefined,
    filters.from ? gte(auditLog.createdAt, filters.from) : undefined,
    filters.before ? lt(auditLog.createdAt, filters.before) : undefined,
  );
}

const entryColumns = {
  seq: auditLog.seq,
  createdAt: auditLog.createdAt,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  reason: auditLog.reason,
  details: auditLog.details,
  actorId: auditLog.actorId,
  actorName: users.name,
  actorEmail: users.email,
};

export type AuditLogEntry = Awaited<ReturnType<typeof listAuditEntries>>["rows"][number];

/** One page of the log, newest first (the sequence orders entries made in the same instant). */
export async function listAuditEntries(db: Database, filters: AuditFilters, page: { offset: number; pageSize: number }) {
  const where = whereOf(filters);
  const [rows, [total]] = await Promise.all([
    db.select(entryColumns).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId)).where(where).orderBy(desc(auditLog.seq)).limit(page.pageSize).offset(page.offset),
    db.select({ n: count() }).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId)).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Every entry that matches, newest first, in pages of a few thousand so a long export never holds it all twice. */
export async function* streamAuditEntries(db: Database, filters: AuditFilters, batch = 2_000) {
  let beforeSeq: number | null = null;
  for (;;) {
    const rows = await db
      .select(entryColumns)
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(whereOf(filters), beforeSeq === null ? undefined : lt(auditLog.seq, beforeSeq)))
      .orderBy(desc(auditLog.seq))
      .limit(batch);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batch) return;
    beforeSeq = rows[rows.length - 1]?.seq ?? null;
  }
}

/** The actions and entity types that occur in the log, for the filter menus. */
export async function auditFilterChoices(db: Database) {
  const [actions, entityTypes] = await Promise.all([
    db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
    db.selectDistinct({ value: auditLog.entityType }).from(auditLog).orderBy(asc(auditLog.entityType)),
  ]);
  return { actions: actions.map((a) => a.value), entityTypes: entityTypes.map((e) => e.value) };
}
