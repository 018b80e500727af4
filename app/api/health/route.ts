import { getConnection } from "@/db";
import { pingDatabase } from "@/db/connect";

export const dynamic = "force-dynamic";

/** For load balancers and the e2e harness: 200 only when the database answers. */
export async function GET() {
  const started = performance.now();
  try {
    const connection = await getConnection();
    await pingDatabase(connection.db);
    return Response.json(
      { status: "ok", database: connection.engine, latencyMs: Math.round(performance.now() - started) },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    return Response.json({ status: "error", database: "unreachable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
