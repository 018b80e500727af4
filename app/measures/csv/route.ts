import { getDb } from "@/db";
import { toCsv } from "@/lib/shared/csv";
import { getRegionMeasuresSnapshot } from "../../_server/measures";
import { chooseRegion } from "../region";
import { buildRegionTables } from "@/lib/measures/region-tables";

/** One table of the region over time as CSV, built from the same cells the page shows. Public, aggregate data only. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const name = url.searchParams.get("table") ?? "";
  const db = await getDb();
  const { region } = await chooseRegion(db, url.searchParams.get("region"));
  if (!region) return new Response("No region", { status: 404 });
  const { data } = await getRegionMeasuresSnapshot(db, region.id);
  const table = buildRegionTables(data).find((t) => t.name === name);
  if (!table) return new Response("No such table", { status: 404 });
  return new Response(toCsv(table.header, table.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${region.slug}-${table.name}.csv"`,
      "Cache-Control": "public, max-age=60",
    },
  });
}
