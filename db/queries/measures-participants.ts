import { sql, type SQL } from "drizzle-orm";
import { isEqualityQuestionKey } from "../../lib/equality";
import type { Database } from "../connect";

/** One plan, or every public plan of a region (the region's measures over time). */
export type ParticipantScope = { planId: string } | { regionId: string };

function planFilter(scope: ParticipantScope): SQL {
  return "planId" in scope ? sql`pl.id = ${scope.planId}` : sql`pl.region_id = ${scope.regionId} and pl.phase <> 'draft'`;
}

/**
 * Everyone taking part in each plan, once per plan: who proposed, commented, supported, pledged
 * or voted online. Then, from that one set, people by home neighbourhood and participant type,
 * and the equality answers of those who gave any, by question and answer (null: not answered).
 * Equality answers are private: callers suppress small numbers before showing any.
 */
export async function listParticipantFigures(db: Database, scope: ParticipantScope) {
  const inScope = planFilter(scope);
  const figures = sql`(
    with participants(plan_id, user_id) as (
      select p.plan_id, p.author_id from proposals p join plans pl on pl.id = p.plan_id
        where ${inScope} and p.status <> 'draft'
      union select p.plan_id, c.author_id from comments c join proposals p on p.id = c.proposal_id join plans pl on pl.id = p.plan_id
        where ${inScope} and p.status <> 'draft'
      union select p.plan_id, s.user_id from supports s join proposals p on p.id = s.proposal_id join plans pl on pl.id = p.plan_id
        where ${inScope} and p.status <> 'draft'
      union select p.plan_id, g.pledger_id from pledges g join proposals p on p.id = g.proposal_id join plans pl on pl.id = p.plan_id
        where ${inScope} and p.status <> 'draft'
      union select b.plan_id, b.voter_id from ballots b join plans pl on pl.id = b.plan_id
        where ${inScope} and b.source = 'online' and b.voter_id is not null
    ),
    people as (
      select x.plan_id, u.home_area_id, u.participant_type, e.user_id is not null as answered,
        e.age_band, e.gender, e.ethnicity, e.disability, e.employment_status
      from participants x join users u on u.id = x.user_id left join equality_answers e on e.user_id = x.user_id
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
  // The de-duplication and grouping over every comment, support and ballot spill to disk at
  // Postgres's default 4 MB of working memory; this one query may use more.
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '32MB'`);
    return tx
      .select({
        kind: sql<"place" | "equality">`figures.kind`,
        planId: sql<string>`figures.plan_id::text`,
        first: sql<string | null>`figures.first`,
        second: sql<string | null>`figures.second`,
        people: sql<number>`figures.people::int`.mapWith(Number),
      })
      .from(figures);
  });
  return {
    places: rows.filter((row) => row.kind === "place").map((row) => ({ planId: row.planId, homeAreaId: row.first, participantType: row.second ?? "resident", people: row.people })),
    equality: rows.flatMap((row) =>
      row.kind === "equality" && row.first && isEqualityQuestionKey(row.first) ? [{ planId: row.planId, question: row.first, answer: row.second, people: row.people }] : [],
    ),
  };
}
