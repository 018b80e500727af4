import { and, asc, eq, inArray } from "drizzle-orm";
import type { EqualityQuestionKey } from "@/lib/people/equality";
import type { PopulationImportRow } from "@/lib/geography/population-import";
import type { Database } from "../../connect";
import { areaPopulationGroups, areas } from "../../schema";
import { forgetRegionSnapshots } from "../measures/measure-snapshots";

const BATCH = 1_000;

/**
 * The region's neighbourhood ids by code, to check an upload against and to write it. Codes are
 * keyed in capitals, as uploads are read (ONS codes are capitals; older rows may not be).
 */
export async function listAreaCodes(db: Database, regionId: string): Promise<Map<string, string>> {
  const rows = await db.select({ id: areas.id, code: areas.code }).from(areas).where(eq(areas.regionId, regionId)).orderBy(asc(areas.code));
  return new Map(rows.map((row) => [row.code.toUpperCase(), row.id]));
}

/**
 * Replaces, for every neighbourhood and question the upload covers, the figures held with the
 * upload's: answers it leaves out for that neighbourhood and question are removed, so a
 * corrected file never leaves old rows behind. Other neighbourhoods and questions are untouched.
 * Callers run it in a transaction.
 */
export async function replacePopulationGroups(tx: Database, regionId: string, rows: readonly PopulationImportRow[], source: string) {
  const areaIds = await listAreaCodes(tx, regionId);
  const values = rows.flatMap((row) => {
    const areaId = areaIds.get(row.code);
    return areaId ? [{ areaId, question: row.question, answer: row.answer, people: row.people, source }] : [];
  });
  const byQuestion = new Map<EqualityQuestionKey, Set<string>>();
  for (const value of values) byQuestion.set(value.question, (byQuestion.get(value.question) ?? new Set()).add(value.areaId));
  let removed = 0;
  await forgetRegionSnapshots(tx, regionId);
  for (const [question, ids] of byQuestion) {
    const list = [...ids];
    for (let i = 0; i < list.length; i += BATCH) {
      const gone = await tx
        .delete(areaPopulationGroups)
        .where(and(eq(areaPopulationGroups.question, question), inArray(areaPopulationGroups.areaId, list.slice(i, i + BATCH))))
        .returning({ areaId: areaPopulationGroups.areaId });
      removed += gone.length;
    }
  }
  for (let i = 0; i < values.length; i += BATCH) await tx.insert(areaPopulationGroups).values(values.slice(i, i + BATCH));
  return { written: values.length, replaced: removed, areas: new Set(values.map((value) => value.areaId)).size, questions: [...byQuestion.keys()] };
}
