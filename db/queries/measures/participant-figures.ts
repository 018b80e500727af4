import { sql, type SQL } from "drizzle-orm";
import { isEqualityQuestionKey } from "../../../lib/people/equality";
import type { Database } from "../../connect";

/** One plan, or every public plan of a region (the region's measures over time). */
export type ParticipantScope = { planId: string } | { regionId: string };

function planFilter(scope: ParticipantScope): SQL {
  return "planId" in scope ? sql`pl.id = ${scope.planId}` : sql`pl.region_id = ${scope.regionId} and pl.phase <> 'draft'`;
}

/**
 * Everyone taking part in each plan (proposed, commented, supported, pledged or voted online: the
 * plan_participants ledger the database keeps), by home neighbourhood and participant type, and
 * the equality answers of those who gave any, by question and answer (null: not answered).
 * Equality answers are private: callers suppress small numbers before showing any.
 */
export async function listParticipantFigures(db: Database, scope: ParticipantScope) {
  const inScope = planFilter(scope);
  const figures = sql`(
    with people as (
      select pp.plan_id, u.home_area_id, u.participant_type, e.user_id is not null as answered,
        e.age_band, e.gender, e.ethnicity, e.disability, e.employment_status
      from plan_participants pp join plans pl on pl.id = pp.plan_id join users u on u.id = pp.user_id
        left join equality_answers e on e.user_id = pp.user_id
      where ${inScope}
    )
    select 'place' as kind, plan_id, home_area_id::text as first, participant_type::text as second, count(*) as people
      from people group by plan_id, home_area_id, participant_type
    union all
    -- One pass for all five questions: each grouping set counts one question's answers.
    select 'equality', plan_id,
      case when grouping(age_band) = 0 then 'age_band' when grouping(gender) = 0 then 'gender' when grouping(ethnicity) = 0 then 'ethnicity'
        when grouping(disability) = 0 then 'disability' else 'employment_status' end,
      case when grouping(age_band) = 0 then age_band when grouping(gender) = 0 then gender when grouping(ethnicity) = 0 then ethnicity
        when grouping(disability) = 0 then disability else employment_status end,
      count(*)
      from people where answered
      group by grouping sets ((plan_id, age_band), (plan_id, gender), (plan_id, ethnicity), (plan_id, disability), (plan_id, employment_status))
  ) figures`;
  const rows = await db
    .select({
      kind: sql<"place" | "equality">`figures.kind`,
      planId: sql<string>`figures.plan_id::text`,
      first: sql<string | null>`figures.first`,
      second: sql<string | null>`figures.second`,
      people: sql<number>`figures.people::int`.mapWith(Number),
    })
    .from(figures);
  return {
    places: rows.filter((row) => row.kind === "place").map((row) => ({ planId: row.planId, homeAreaId: row.first, participantType: row.second ?? "resident", people: row.people })),
    equality: rows.flatMap((row) =>
      row.kind === "equality" && row.first && isEqualityQuestionKey(row.first) ? [{ planId: row.planId, question: row.first, answer: row.second, people: row.people }] : [],
    ),
  };
}
