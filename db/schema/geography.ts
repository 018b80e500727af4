import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./_columns";
import { equalityQuestion } from "./enums";

/** A GeoJSON Polygon or MultiPolygon geometry in WGS84 longitude/latitude. */
export type AreaBoundary =
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] };

export const regions = pgTable("regions", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  createdAt: createdAt(),
});

/** Neighbourhoods: wards or LSOAs, loaded from a council's own CSV/GeoJSON. */
export const areas = pgTable(
  "areas",
  {
    id: id(),
    regionId: uuid("region_id")
      .notNull()
      .references(() => regions.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    name: text("name").notNull(),
    population: integer("population").notNull(),
    // 1 = the most deprived tenth of England, 10 = the least (English Indices of Deprivation).
    imdDecile: integer("imd_decile").notNull(),
    boundary: jsonb("boundary").$type<AreaBoundary>(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("areas_region_code_uq").on(t.regionId, t.code),
    index("areas_region_name_idx").on(t.regionId, t.name),
    index("areas_region_decile_idx").on(t.regionId, t.imdDecile),
    check("areas_population_ck", sql`${t.population} >= 0`),
    check("areas_imd_decile_ck", sql`${t.imdDecile} between 1 and 10`),
  ],
);

/**
 * Residents of a neighbourhood by their answer to an equality question (from the census), so who
 * takes part can be set against who lives there. Public figures, unlike people's own answers.
 */
export const areaPopulationGroups = pgTable(
  "area_population_groups",
  {
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "cascade" }),
    question: equalityQuestion("question").notNull(),
    // One of the answers the profile form offers for the question (checked on import).
    answer: text("answer").notNull(),
    people: integer("people").notNull(),
    // Where the figures come from, e.g. "Census 2021 (ONS TS007A)", shown beside them.
    source: text("source").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.areaId, t.question, t.answer] }), check("area_population_groups_people_ck", sql`${t.people} >= 0`)],
);

export const themes = pgTable(
  "themes",
  {
    id: id(),
    regionId: uuid("region_id")
      .notNull()
      .references(() => regions.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
  },
  (t) => [uniqueIndex("themes_region_slug_uq").on(t.regionId, t.slug)],
);
