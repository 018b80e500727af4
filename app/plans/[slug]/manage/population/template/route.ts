import { getDb } from "@/db";
import { getPlanForAdmin } from "@/db/queries/plans/get-plan-settings";
import { getPopulationFigures } from "@/db/queries/geography/list-population-groups";
import { listAreaCodes } from "@/db/queries/geography/import-population";
import { toCsv } from "@/lib/shared/csv";
import { populationTemplateRows } from "@/lib/geography/population-import";
import { can } from "@/lib/policy";
import { getActor } from "../../../../../_server/session";

/** A CSV of every neighbourhood, question and answer with the figures held, to fill in and import. Staff only. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor || !can(actor, "areas.import")) return new Response("Not found", { status: 404 });
  const db = await getDb();
  const plan = await getPlanForAdmin(db, slug);
  if (!plan) return new Response("Not found", { status: 404 });
  const [codes, figures] = await Promise.all([listAreaCodes(db, plan.regionId), getPopulationFigures(db, plan.regionId)]);
  return new Response(toCsv(["code", "question", "answer", "people"], populationTemplateRows([...codes.keys()], figures)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${plan.slug}-residents-by-group.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
