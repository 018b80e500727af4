"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { existingAreaCodes, upsertAreas } from "@/db/queries/geography/import-areas";
import { listDecileChanges, lockRegionPlanPhases } from "@/db/queries/geography/list-decile-changes";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { previewAreaImport } from "@/lib/geography/area-import";
import { checkDecileChange } from "@/lib/plans/ballot-freeze";
import { authorize } from "@/lib/policy";
import { ActionError, defineAction } from "../../../../_server/action";
import { loadPlan } from "../../load-plan";
import { pastedText, readUpload, uploadedFile } from "../uploads";

const MAX_CSV = 2 * 1024 * 1024;
const MAX_GEOJSON = 8 * 1024 * 1024;

export interface AreaPreviewRow {
  row: number;
  code: string;
  name: string;
  population: number;
  imdDecile: number;
  hasBoundary: boolean;
  exists: boolean;
}

/** Checks an upload without writing anything: the good rows, and each bad row with its error. */
export const previewAreasAction = defineAction({
  schema: z.object({ planId: z.uuid(), csv: pastedText(MAX_CSV, "CSV"), csvFile: uploadedFile, geojson: pastedText(MAX_GEOJSON, "GeoJSON"), geojsonFile: uploadedFile }),
  load: (tx, input) => loadPlan(tx, input.planId),
  policy: (actor) => authorize(actor, "areas.import"),
  async run({ tx, input, resource: plan }) {
    const csv = await readUpload(input.csv, input.csvFile, MAX_CSV, "CSV", "csvFile");
    const geojson = await readUpload(input.geojson, input.geojsonFile, MAX_GEOJSON, "GeoJSON", "geojsonFile");
    if (!csv.trim()) throw new ActionError("Paste the CSV or choose a CSV file", "csv");
    const preview = previewAreaImport(csv, geojson);
    const existing = await existingAreaCodes(tx, plan.regionId, preview.rows.map((r) => r.code));
    const rows: AreaPreviewRow[] = preview.rows.map(({ boundary, ...r }) => ({ ...r, hasBoundary: boundary !== null, exists: existing.has(r.code) }));
    return { csv, geojson, rows, errors: preview.errors, boundaryErrors: preview.boundaryErrors };
  },
});

/** Upserts the good rows of the previewed upload in one transaction; bad rows are skipped and listed in the audit. */
export const importAreasAction = defineAction({
  schema: z.object({ planId: z.uuid(), csv: pastedText(MAX_CSV, "CSV"), geojson: pastedText(MAX_GEOJSON, "GeoJSON") }),
  load: (tx, input) => loadPlan(tx, input.planId),
  policy: (actor) => authorize(actor, "areas.import"),
  async run({ tx, actor, input, resource: plan }) {
    const preview = previewAreaImport(input.csv, input.geojson);
    if (preview.rows.length === 0) throw new ActionError("There are no good rows to import.");
    const freeze = checkDecileChange(await lockRegionPlanPhases(tx, plan.regionId));
    if (!freeze.ok && (await listDecileChanges(tx, plan.regionId, preview.rows)).length > 0) throw new ActionError(freeze.reason);
    const counts = await upsertAreas(tx, plan.regionId, preview.rows);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "areas.import",
      entityType: "region",
      entityId: plan.regionId,
      details: {
        planId: input.planId,
        ...counts,
        withBoundary: preview.rows.filter((r) => r.boundary).length,
        skippedRows: preview.errors.map((e) => e.message),
      },
    });
    return { ...counts, skipped: preview.errors.length, slug: plan.slug };
  },
  after: ({ slug }) => {
    revalidatePath(`/plans/${slug}`, "layout");
    revalidatePath("/neighbourhoods", "layout");
  },
  successMessage: ({ created, updated, skipped }) => `Imported: ${created} new and ${updated} updated neighbourhoods${skipped ? `; ${skipped} bad ${skipped === 1 ? "row" : "rows"} skipped` : ""}.`,
});
