import { comments, endorsements, follows, needs, partners, pledges, proposals, supports } from "../schema";
import type { Inserter } from "./bulk";
import { pointInside } from "./boundaries";
import { addHours, at, DEMO_NOW, earliest } from "./clock";
import { commentSeeds } from "./content/comments";
import { coproductionSeeds } from "./content/coproduction";
import type { ProposalSeed, ShortlistSeed } from "./content/types";
import type { DemoArea, Directory } from "./demo-directory";
import { buildEngagement, type EngagementRows } from "./demo-engagement";
import { type DemoPlan, pledgedValuePence } from "./demo-plans";
import { createRandom, stableId } from "./random";

export interface DemoProposal {
  id: string;
  key: string;
  seed: ProposalSeed;
  plan: DemoPlan;
  area: DemoArea;
  authorId: string;
  publishedAt: Date | null;
  commentIds: string[];
}

export interface ProposalBatch {
  plan: DemoPlan;
  seeds: ProposalSeed[];
  /** The finished plan's ballot: final costs and reasons. */
  shortlist?: ShortlistSeed[];
}

/** Proposals with everything hung off them, with counters computed from the very rows inserted. */
export async function seedProposals(insert: Inserter, directory: Directory, batches: ProposalBatch[]): Promise<DemoProposal[]> {
  const random = createRandom("demo:proposals");
  const seen = new Set<string>();
  const built: { proposal: DemoProposal; row: typeof proposals.$inferInsert; engagement: EngagementRows }[] = [];

  for (const { plan, seeds, shortlist = [] } of batches) {
    const shortlistByKey = new Map(shortlist.map((entry) => [entry.proposal, entry]));
    const ideas = plan.phase("ideas");
    for (const seed of seeds) {
      if (seen.has(seed.key)) throw new Error(`Duplicate proposal key ${seed.key}`);
      seen.add(seed.key);
      const author = directory.person(seed.author);
      if (seed.organisation && !directory.organisation(seed.organisation).memberKeys.has(seed.author)) {
        throw new Error(`${seed.key}: ${seed.author} proposes for ${seed.organisation} without being a member`);
      }
      const area = directory.area(seed.area);
      const publishedAt = seed.published ? at(seed.published) : null;
      if (publishedAt && (publishedAt < author.joined || publishedAt < ideas.starts || publishedAt > ideas.ends)) {
        throw new Error(`${seed.key}: published outside the ideas phase or before its author joined`);
      }
      const createdAt = publishedAt ? addHours(publishedAt, -random.int(1, 96) / 4) : addHours(DEMO_NOW, -random.int(20, 200));
      const closesAt = earliest(ideas.ends, DEMO_NOW);
      const id = stableId("proposal", seed.key);
      const engagement = publishedAt
        ? buildEngagement(random, directory, {
            proposalId: id,
            seed,
            areaKey: seed.area,
            publishedAt,
            closesAt,
            coproduction: coproductionSeeds[seed.key] ?? {},
            comments: commentSeeds[seed.key] ?? [],
          })
        : emptyEngagement();
      const shortlisted = shortlistByKey.get(seed.key);
      const point = seed.pinned || (publishedAt && random.chance(0.55)) ? pointInside(random, area.boundary) : null;

      const row: typeof proposals.$inferInsert = {
        id,
        planId: plan.id,
        areaId: area.id,
        themeId: directory.themeId(seed.theme),
        authorId: author.id,
        organisationId: seed.organisation ? directory.organisation(seed.organisation).id : null,
        title: seed.title,
        summary: seed.summary,
        body: seed.body,
        status: seed.status,
        statusBeforeHidden: seed.status === "hidden" ? "published" : null,
        hiddenReason: seed.hiddenReason ?? null,
        estimatedCostPence: seed.costPounds * 100,
        finalCostPence: shortlisted ? shortlisted.finalCostPounds * 100 : null,
        shortlistReason: shortlisted?.reason ?? null,
        latitude: point?.latitude ?? null,
        longitude: point?.longitude ?? null,
        supportCount: engagement.supports.length,
        commentCount: engagement.comments.length,
        pledgedValuePence: pledgedValuePence(engagement.pledges),
        openNeedCount: engagement.needs.filter((need) => need.status === "open").length,
        publishedAt,
        createdAt,
        updatedAt: publishedAt ?? createdAt,
      };
      built.push({
        proposal: {
          id,
          key: seed.key,
          seed,
          plan,
          area,
          authorId: author.id,
          publishedAt,
          commentIds: engagement.comments.map((comment) => comment.id ?? ""),
        },
        row,
        engagement,
      });
    }
    for (const key of shortlistByKey.keys()) {
      if (!seeds.some((seed) => seed.key === key)) throw new Error(`Shortlist names unknown proposal ${key}`);
    }
  }

  const rows = built.map((entry) => entry.engagement);
  await insert(proposals, built.map((entry) => entry.row));
  await insert(needs, rows.flatMap((entry) => entry.needs));
  await insert(pledges, rows.flatMap((entry) => entry.pledges));
  await insert(endorsements, rows.flatMap((entry) => entry.endorsements));
  await insert(partners, rows.flatMap((entry) => entry.partners));
  // Top-level comments before replies, so every parent exists when its replies arrive.
  const commentRows = rows.flatMap((entry) => entry.comments);
  await insert(comments, [...commentRows.filter((row) => !row.parentId), ...commentRows.filter((row) => row.parentId)]);
  await insert(supports, rows.flatMap((entry) => entry.supports));
  await insert(follows, rows.flatMap((entry) => entry.follows));
  return built.map((entry) => entry.proposal);
}

function emptyEngagement(): EngagementRows {
  return { needs: [], pledges: [], endorsements: [], partners: [], comments: [], supports: [], follows: [] };
}
