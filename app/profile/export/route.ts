import { getDb } from "@/db";
import { exportPersonalData } from "@/db/queries/people/export-personal-data";
import { authorize } from "@/lib/policy";
import { getActor } from "../../_server/session";

export const dynamic = "force-dynamic";

/** "Download my data": the signed-in person's own data as JSON, never anyone else's. */
export async function GET() {
  const actor = await getActor();
  if (!actor || !authorize(actor, "account.export", { targetUserId: actor.id }).allowed) {
    return Response.json({ error: "Please sign in first." }, { status: 401 });
  }
  const data = await exportPersonalData(await getDb(), actor.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="my-peoples-plan-data.json"',
      "Cache-Control": "private, no-store",
    },
  });
}
