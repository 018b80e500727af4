"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { listAreaCodes, replacePopulationGroups } from "@/db/queries/geography/import-population";
import { parsePopulationCsv, summarisePopulationRows, type PopulationQuestionSummary } from "@/lib/geography/population-import";
import { authorize } from "@/lib/policy";
import { ActionError, defineAction } from "../../../../_server/action";
import { loadPlan } from "../../load-plan";
import { pastedText, readUpload, uploadedFile } from "../uploads";

const MAX_CSV = 4 * 1024 * 1024;
/** The preview lists this many bad rows; the rest are counted. */
const ERRORS_SHOWN = 100;

const source = z
  .string({ error: "Say where the figures come from, for example “Census 2021 (ONS)”" })
  .trim()
  .min(2, "Say where the figures come from, for example “Census 2021 (ONS)”")
  .max(200, "Use 200 characters or fewer");
export interface PopulationPreview {
  csv: string;
  source: string;
  goodRows: number;
  summary: PopulationQuestionSummary[];
  areasInRegion: number;
  errors: { row: number | null; message: string; cells?: string[] }[];
  errorCount: number;
}

/** Checks an upload against the region's neighbourhoods without writing anything. */
export const previewPopulationAction = defineAction({
  schema: z.object({ planId: z.uuid(), source, csv: pastedText(MAX_CSV, "CSV"), csvFile: uploadedFile }),
  load: (tx, input) => loadPlan(tx, input.planId),
  policy: (actor) => authorize(actor, "areas.import"),
  async run({ tx, input, resource: plan }): Promise<PopulationPreview> {
    const csv = await readUpload(input.csv, input.csvFile, MAX_CSV, "CSV", "csvFile");
    if (!csv.trim()) throw new ActionError("Paste the CSV or choose a CSV file", "csv");
    const codes = await listAreaCodes(tx, plan.regionId);
    const { rows, errors } = parsePopulationCsv(csv, new Set(codes.keys()));
    return {
      csv,
      source: input.source,
      goodRows: rows.length,
      summary: summarisePopulationRows(rows),
      areasInRegion: codes.size,
      errors: errors.slice(0, ERRORS_SHOWN),
      errorCount: errors.length,
    };
  },
});

/**
 * Writes the good rows of the checked upload in one transaction: for each neighbourhood and
 * question in the file, its figures replace the ones held. Bad rows are skipped and audited.
 */
export const importPopulationAction = defineAction({
  schema: z.object({ planId: z.uuid(), source, csv: pastedText(MAX_CSV, "CSV") }),
  load: (tx, input) => loadPlan(tx, input.planId),
  policy: (actor) => authorize(actor, "areas.import"),
  async run({ tx, actor, input, resource: plan }) {
    const codes = await listAreaCodes(tx, plan.regionId);
    const { rows, errors } = parsePopulationCsv(input.csv, new Set(codes.keys()));
    if (rows.length === 0) throw new ActionError("There are no good rows to import.");
    const result = await replacePopulationGroups(tx, plan.regionId, rows, input.source);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "population.import",
      entityType: "region",
      entityId: plan.regionId,
      details: { planId: input.planId, source: input.source, ...result, skipped: errors.length, skippedRows: errors.slice(0, ERRORS_SHOWN).map((e) => e.message) },
    });
    return { ...result, skipped: errors.length, slug: plan.slug };
  },
  after: ({ slug }) => {
    revalidatePath(`/plans/${slug}`, "layout");
  },
  successMessage: ({ written, areas, skipped }) =>
    `Imported ${written.toLocaleString("en-GB")} figures for ${areas} ${areas === 1 ? "neighbourhood" : "neighbourhoods"}${skipped ? `; ${skipped} bad ${skipped === 1 ? "row" : "rows"} skipped` : ""}.`,
});
