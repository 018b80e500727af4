import { getDb } from "@/db";
import { streamAuditEntries } from "@/db/queries/platform/list-audit-entries";
import { csvField } from "@/lib/shared/csv";
import { authorize } from "@/lib/policy";
import { getActor } from "../../../_server/session";
import { readAuditFilters } from "../filters";

export const dynamic = "force-dynamic";

const header = ["when", "who", "who_email", "action", "entity_type", "entity_id", "why", "details"];

/** The filtered audit log as CSV, for staff only: who did what, when, why, with the details as JSON. */
export async function GET(request: Request) {
  const actor = await getActor();
  const decision = authorize(actor, "audit.view");
  if (!decision.allowed) return new Response(decision.reason === "signed_out" ? "Please sign in first." : "Not found", { status: decision.reason === "signed_out" ? 401 : 404 });
  const { filters } = readAuditFilters(Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  const encoder = new TextEncoder();
  const line = (cells: (string | null)[]) => encoder.encode(cells.map(csvField).join(",") + "\r\n");
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(line(header));
      for await (const rows of streamAuditEntries(db, filters)) {
        for (const r of rows) {
          controller.enqueue(line([r.createdAt.toISOString(), r.actorName ?? (r.actorId ? "Unnamed person" : "System"), r.actorEmail, r.action, r.entityType, r.entityId, r.reason, JSON.stringify(r.details)]));
        }
      }
      controller.close();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
