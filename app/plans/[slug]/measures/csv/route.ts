import { getDb } from "@/db";
import { getPublicPlanBySlug } from "@/db/queries/plans/get-plan";
import { toCsv } from "@/lib/shared/csv";
import { getPlanMeasuresSnapshot } from "../../../../_server/measures";
import { buildMeasureTables } from "@/lib/measures/plan-tables";

/** One measures table as CSV, built from the same cells the page shows. Public, aggregate data only. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const name = new URL(request.url).searchParams.get("table") ?? "";
  const db = await getDb();
  const plan = await getPublicPlanBySlug(db, slug);
  if (!plan) return new Response("No such plan", { status: 404 });
  const { data } = await getPlanMeasuresSnapshot(db, { id: plan.id, regionId: plan.regionId });
  const table = buildMeasureTables(data).find((t) => t.name === name);
  if (!table) return new Response("No such table", { status: 404 });
  return new Response(toCsv(table.header, table.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${plan.slug}-${table.name}.csv"`,
      "Cache-Control": "public, max-age=60",
    },
  });
}
