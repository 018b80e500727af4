import { sql } from "drizzle-orm";
import type { OutcomeRule } from "@/lib/outcome/rules";
import { approvalView, pointsView, type PabulibElection } from "@/lib/pabulib/parse";
import { electionBudget } from "@/lib/pabulib/tally";
import type { Database } from "../../connect";
import { areas, ballotChoices, ballots, plans, proposals, regions, themes, users } from "../../schema";
import { countAndStoreOutcome } from "./count-plan";
import { newBallotReference } from "./cast-ballot";

const IMPORT_REGION = "replayed-elections";

const CHUNK = 1000;

function slugFrom(name: string): string {
  return name.toLowerCase().replace(/\.pb$/, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "election";
}

function ruleFrom(meta: Readonly<Record<string, string>>): OutcomeRule {
  const rule = (meta.rule ?? "").toLowerCase();
  if (rule.includes("equalshares") || rule.includes("mes")) return rule.includes("add1") ? "mes_add1" : "mes";
  return "greedy";
}

/** The points each voter had to spread: the file's `max_sum_points`, else the most any ballot spent. */
function pointsAllowance(meta: Readonly<Record<string, string>>, ballots: readonly ReadonlyMap<string, number>[]): number {
  const declared = Number(meta.max_sum_points);
  if (Number.isSafeInteger(declared) && declared > 0) return declared;
  return Math.max(1, ...ballots.map((b) => [...b.values()].reduce((sum, p) => sum + p, 0)));
}

/**
 * Replays a real election: a finished plan with the file's projects (costs in whole units of its
 * currency, stored ×100 as pence) and its ballots as anonymous imported ballots, then counted.
 * Project ids are kept in external_ref so tallies and exports use them, and ties break as the
 * research tools break them. One transaction: a bad file leaves nothing behind.
 */
export async function importElection(db: Database, election: PabulibElection, fileName: string) {
  return db.transaction(async (tx) => {
    const [region] = await tx
      .insert(regions)
      .values({ slug: IMPORT_REGION, name: "Replayed elections (Pabulib)", description: "Real participatory-budgeting elections imported from Pabulib to check and demonstrate the count." })
      .onConflictDoUpdate({ target: regions.slug, set: { name: sql`excluded.name` } })
      .returning();
    if (!region) throw new Error("region not created");
    const slugBase = `pb-${slugFrom(fileName)}`;
    const [{ n } = { n: 0 }] = await tx.select({ n: sql<number>`count(*)::int` }).from(plans).where(sql`${plans.slug} like ${`${slugBase}%`}`);
    const slug = n ? `${slugBase}-${n + 1}` : slugBase;
    const place = election.meta.unit ?? election.meta.district ?? election.meta.subunit ?? slug;
    const [area] = await tx
      .insert(areas)
      // Outside England there is no IMD: the middle decile keeps ring-fence rules neutral.
      .values({ regionId: region.id, code: slug.toUpperCase().slice(0, 40), name: `${place} (imported; deprivation unknown)`, population: 0, imdDecile: 5 })
      .returning();
    const [theme] = await tx.insert(themes).values({ regionId: region.id, slug: `${slug}-projects`, name: "Imported projects" }).returning();
    const [author] = await tx.insert(users).values({ name: "Pabulib import" }).returning();
    if (!area || !theme || !author) throw new Error("import scaffolding not created");
    const budget = electionBudget(election);
    const cumulative = election.voteType === "cumulative";
    // Every ballot as points per project: approval ballots give 1, cumulative ones keep the file's points.
    const scored = cumulative ? pointsView(election).map((b) => b.points) : approvalView(election).map((ids) => new Map([...ids].map((id) => [id, 1])));
    const [plan] = await tx
      .insert(plans)
      .values({
        regionId: region.id,
        slug,
        title: election.meta.description ?? `${place}: replayed election`,
        summary: `Imported from Pabulib (${fileName}): ${election.projects.length} projects, ${election.votes.length} ballots.`,
        periodLabel: election.meta.date_begin ?? "",
        phase: "results",
        budgetPence: budget * 100,
        ballotMethod: cumulative ? "cumulative" : "approval",
        cumulativePoints: cumulative ? pointsAllowance(election.meta, scored) : null,
        outcomeRule: ruleFrom(election.meta),
        utility: "cost",
        rulesFrozenAt: new Date(),
      })
      .returning();
    if (!plan) throw new Error("plan not created");
    const projectIds = new Map<string, string>();
    for (let i = 0; i < election.projects.length; i += CHUNK) {
      const rows = await tx
        .insert(proposals)
        .values(
          election.projects.slice(i, i + CHUNK).map((project) => ({
            planId: plan.id,
            areaId: area.id,
            themeId: theme.id,
            authorId: author.id,
            title: (project.fields.name || `Project ${project.id}`).slice(0, 140),
            summary: project.fields.description?.slice(0, 500) || `Project ${project.id} from the imported election.`,
            estimatedCostPence: project.cost * 100,
            finalCostPence: project.cost * 100,
            externalRef: project.id,
            status: "on_ballot" as const,
            publishedAt: new Date(),
          })),
        )
        .returning({ id: proposals.id, externalRef: proposals.externalRef });
      for (const row of rows) if (row.externalRef) projectIds.set(row.externalRef, row.id);
    }
    for (let i = 0; i < scored.length; i += CHUNK) {
      const slice = scored.slice(i, i + CHUNK);
      const stored = await tx
        .insert(ballots)
        .values(slice.map(() => ({ planId: plan.id, source: "imported" as const, reference: newBallotReference() })))
        .returning({ id: ballots.id });
      const choices = stored.flatMap((ballot, j) => [...(slice[j] ?? [])].flatMap(([projectId, points]) => {
        const proposalId = projectIds.get(projectId);
        // A project given 0 points was not chosen: only points > 0 are stored.
        return proposalId && points > 0 ? [{ ballotId: ballot.id, proposalId, points }] : [];
      }));
      for (let k = 0; k < choices.length; k += CHUNK * 5) await tx.insert(ballotChoices).values(choices.slice(k, k + CHUNK * 5));
    }
    const counted = await countAndStoreOutcome(tx, plan.id, null);
    return { planId: plan.id, slug, projects: election.projects.length, ballots: scored.length, selected: counted.outcome.selected.length };
  });
}
