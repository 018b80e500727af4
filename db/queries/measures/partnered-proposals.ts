import { sql, type SQL } from "drizzle-orm";
import { publicProposalStatuses } from "@/lib/proposals/statuses";
import { standingPledgeStatusList } from "../coproduction/pledge-value";

/**
 * Cross-sector partnerships, defined once: the public proposals whose proposer, agreed partners and
 * standing pledgers come from two or more sectors (a person without an organisation counts as their
 * participant type). A subquery of (plan_id, proposal_id, sectors sorted); `scope` filters on `p`
 * (proposals) and `pl` (plans).
 */
export function partneredProposals(scope: SQL): SQL {
  const statuses = sql.join(publicProposalStatuses.map((status) => sql`${status}`), sql`, `);
  return sql`(
    select involved.plan_id, involved.proposal_id, array_agg(distinct involved.sector order by involved.sector) as sectors from (
      select p.plan_id, p.id as proposal_id, coalesce(o.sector::text, u.participant_type::text) as sector
        from proposals p join plans pl on pl.id = p.plan_id join users u on u.id = p.author_id left join organisations o on o.id = p.organisation_id
        where ${scope} and p.status in (${statuses})
      union
      select p.plan_id, pa.proposal_id, o.sector::text from partners pa join organisations o on o.id = pa.organisation_id
        join proposals p on p.id = pa.proposal_id join plans pl on pl.id = p.plan_id
        where ${scope} and p.status in (${statuses}) and pa.status = 'agreed'
      union
      select p.plan_id, pg.proposal_id, coalesce(o.sector::text, u.participant_type::text) from pledges pg
        join users u on u.id = pg.pledger_id left join organisations o on o.id = pg.organisation_id
        join proposals p on p.id = pg.proposal_id join plans pl on pl.id = p.plan_id
        where ${scope} and p.status in (${statuses}) and pg.status in (${standingPledgeStatusList()})
    ) involved group by involved.plan_id, involved.proposal_id having count(distinct involved.sector) >= 2
  )`;
}
