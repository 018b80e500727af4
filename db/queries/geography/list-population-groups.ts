import { eq, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import { areaPopulationGroups, areas } from "../../schema";

/** Residents of the whole region by question and answer, summed over the neighbourhoods with figures. */
export async function listRegionPopulationGroups(db: Database, regionId: string) {
  return db
    .select({
      question: areaPopulationGroups.question,
      answer: areaPopulationGroups.answer,
      people: sql<number>`sum(${areaPopulationGroups.people})::bigint`.mapWith(Number),
    })
    .from(areaPopulationGroups)
    .innerJoin(areas, eq(areas.id, areaPopulationGroups.areaId))
    .where(eq(areas.regionId, regionId))
    .groupBy(areaPopulationGroups.question, areaPopulationGroups.answer);
}

/** Per question: how many neighbourhoods have figures, and where the figures come from. */
export async function listPopulationCoverage(db: Database, regionId: string) {
  return db
    .select({
      question: areaPopulationGroups.question,
      areas: sql<number>`count(distinct ${areaPopulationGroups.areaId})::int`.mapWith(Number),
      sources: sql<string[]>`array_agg(distinct ${areaPopulationGroups.source} order by ${areaPopulationGroups.source})`,
    })
    .from(areaPopulationGroups)
    .innerJoin(areas, eq(areas.id, areaPopulationGroups.areaId))
    .where(eq(areas.regionId, regionId))
    .groupBy(areaPopulationGroups.question);
}

/** Every figure held for the region, keyed `code|question|answer`, for the template to fill in. */
export async function getPopulationFigures(db: Database, regionId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ code: sql<string>`upper(${areas.code})`, question: areaPopulationGroups.question, answer: areaPopulationGroups.answer, people: areaPopulationGroups.people })
    .from(areaPopulationGroups)
    .innerJoin(areas, eq(areas.id, areaPopulationGroups.areaId))
    .where(eq(areas.regionId, regionId));
  return new Map(rows.map((row) => [`${row.code}|${row.question}|${row.answer}`, row.people]));
}
