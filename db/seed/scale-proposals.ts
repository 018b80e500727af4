import { endorsements, needs, pledges, proposals } from "../schema";
import type { Inserter } from "./bulk";
import { addHours, between, DEMO_NOW, earliest } from "./clock";
import { coproductionSeeds } from "./content/coproduction";
import { pledgeRateSeeds } from "./content/plans";
import { pastProposals } from "./content/proposals-2026";
import { ideasProposals } from "./content/proposals-ideas";
import type { PledgeKind, PledgeStatus, ProposalStatus } from "./content/types";
import type { DemoPlan } from "./demo-plans";
import { pledgedValuePence } from "./demo-plans";
import type { Random } from "./random";
import { distinctIndexes, type ScaleWorld } from "./scale-world";

/** One generated proposal, with the sizes of everything that will hang off it. */
export interface ScaleProposal {
  id: string;
  plan: DemoPlan;
  area: number;
  themeId: string;
  author: number;
  organisation: number | null;
  title: string;
  summary: string;
  body: string;
  costPence: number;
  status: ProposalStatus;
  publishedAt: Date | null;
  closesAt: Date;
  onBallot: boolean;
  popularity: number;
  supports: number;
  comments: number;
  follows: number;
}

// Real demo text, reused: a load test should page through realistic lengths, not "lorem ipsum".
const TEMPLATES = [...ideasProposals, ...pastProposals].filter((seed) => seed.status !== "hidden" && seed.body.length > 0);
const PLEDGE_TEXT = Object.values(coproductionSeeds).flatMap((seed) => seed.pledges ?? []);
const NEED_TEXT = Object.values(coproductionSeeds).flatMap((seed) => seed.needs ?? []);
const KINDS = Object.keys(pledgeRateSeeds) as PledgeKind[];
const QUANTITY: Record<PledgeKind, [number, number]> = {
  volunteer_hours: [4, 120],
  money: [50, 5_000],
  premises: [1, 50],
  equipment: [100, 3_000],
  skills: [2, 80],
  jobs: [1, 4],
  procurement: [1_000, 50_000],
};
const PLEDGE_STATUSES: PledgeStatus[] = ["offered", "offered", "offered", "offered", "confirmed", "confirmed", "delivered", "withdrawn", "declined"];

export interface ProposalTotals {
  supports: number;
  comments: number;
  follows: number;
}

/** Proposals for one plan: a tenth on the ballot, popularity following a long tail. */
export function generateProposals(
  random: Random,
  world: ScaleWorld,
  plan: DemoPlan,
  count: number,
  totals: ProposalTotals,
): ScaleProposal[] {
  const ideas = plan.phase("ideas");
  const closesAt = earliest(ideas.ends, DEMO_NOW);
  const onBallot = Math.max(3, Math.round(count * 0.1));
  const ranks = random.shuffle(Array.from({ length: count }, (_, index) => index + 1));
  const people = world.personIds.length;
  const generated = ranks.map((rank, index): ScaleProposal => {
    const template = random.pick(TEMPLATES);
    const fromOrganisation = world.organisationIds.length > 0 && random.chance(0.1);
    const organisation = fromOrganisation ? random.int(0, world.organisationIds.length - 1) : null;
    const members = organisation === null ? [] : (world.organisationMembers[organisation] ?? []);
    const author = members.length > 0 ? random.pick(members) : random.int(0, people - 1);
    const ballot = index < onBallot;
    const roll = random.next();
    const status: ProposalStatus = ballot ? "on_ballot" : roll < 0.02 ? "draft" : roll < 0.04 ? "hidden" : roll < 0.07 ? "withdrawn" : "published";
    const area = random.int(0, world.areaIds.length - 1);
    return {
      id: random.uuid(),
      plan,
      area,
      themeId: world.themeId(template.theme),
      author,
      organisation: members.length > 0 ? organisation : null,
      title: template.title,
      summary: template.summary,
      body: template.body,
      costPence: Math.max(100_000, Math.round((template.costPounds * (0.6 + random.next())) / 100) * 10_000),
      status,
      publishedAt: status === "draft" ? null : between(ideas.starts, addHours(closesAt, -24), random.next()),
      closesAt,
      onBallot: ballot,
      // Shortlisted proposals are the popular ones.
      popularity: 1 / Math.pow(ballot ? Math.ceil(rank / 10) : rank, 0.7),
      supports: 0,
      comments: 0,
      follows: 0,
    };
  });

  const visible = generated.filter((proposal) => proposal.status !== "draft" && proposal.status !== "hidden");
  const weight = visible.reduce((sum, proposal) => sum + proposal.popularity, 0);
  const share = (total: number, proposal: ScaleProposal) =>
    Math.min(Math.floor(people / 2), Math.round((total * proposal.popularity) / weight));
  for (const proposal of visible) {
    proposal.supports = share(totals.supports, proposal);
    proposal.comments = share(totals.comments, proposal);
    proposal.follows = share(totals.follows, proposal);
  }
  return generated;
}

type NeedRow = typeof needs.$inferInsert;
type PledgeRow = typeof pledges.$inferInsert;

/** Needs, pledges and endorsements (small), then proposals with counters matching them. */
export async function insertProposals(insert: Inserter, random: Random, world: ScaleWorld, all: ScaleProposal[]) {
  const needRows: NeedRow[] = [];
  const pledgeRows: PledgeRow[] = [];
  const ledger = new Map<string, number>();
  const openNeeds = new Map<string, number>();
  for (const proposal of all) {
    if (!proposal.publishedAt) continue;
    const published = proposal.publishedAt;
    const proposalNeeds = Array.from({ length: random.int(0, 2) }, () => {
      const text = random.pick(NEED_TEXT);
      const status = random.chance(0.6) ? ("open" as const) : random.chance(0.8) ? ("met" as const) : ("closed" as const);
      return { id: random.uuid(), proposalId: proposal.id, kind: text.kind, description: text.description, status, createdAt: addHours(published, 2) };
    });
    needRows.push(...proposalNeeds);
    openNeeds.set(proposal.id, proposalNeeds.filter((need) => need.status === "open").length);
    for (let index = random.int(0, 4); index > 0; index--) {
      const kind = random.pick(KINDS);
      const [low, high] = QUANTITY[kind];
      const status = random.pick(PLEDGE_STATUSES);
      const organisation = world.organisationIds.length > 0 && random.chance(0.2) ? random.int(0, world.organisationIds.length - 1) : null;
      const members = organisation === null ? [] : (world.organisationMembers[organisation] ?? []);
      const quantity = random.int(low, high);
      const createdAt = between(published, proposal.closesAt, random.next());
      const need = proposalNeeds.find((candidate) => candidate.kind === kind);
      pledgeRows.push({
        id: random.uuid(),
        proposalId: proposal.id,
        pledgerId: world.personIds[members.length > 0 ? random.pick(members) : random.int(0, world.personIds.length - 1)] ?? "",
        organisationId: members.length > 0 && organisation !== null ? world.organisationIds[organisation] : null,
        needId: need?.id ?? null,
        kind,
        quantity,
        unit: pledgeRateSeeds[kind].unit,
        description: random.pick(PLEDGE_TEXT).description,
        status,
        confirmedAt: status === "confirmed" || status === "delivered" ? createdAt : null,
        deliveredAt: status === "delivered" ? createdAt : null,
        withdrawnAt: status === "withdrawn" ? createdAt : null,
        createdAt,
        updatedAt: createdAt,
      });
      ledger.set(proposal.id, (ledger.get(proposal.id) ?? 0) + pledgedValuePence([{ kind, quantity, status }]));
    }
  }

  await insert(
    proposals,
    all.map((proposal) => ({
      id: proposal.id,
      planId: proposal.plan.id,
      areaId: world.areaIds[proposal.area] ?? "",
      themeId: proposal.themeId,
      authorId: world.personIds[proposal.author] ?? "",
      organisationId: proposal.organisation === null ? null : world.organisationIds[proposal.organisation],
      title: proposal.title,
      summary: proposal.summary,
      body: proposal.body,
      status: proposal.status,
      statusBeforeHidden: proposal.status === "hidden" ? ("published" as const) : null,
      hiddenReason: proposal.status === "hidden" ? "Hidden by a moderator: duplicate of another proposal." : null,
      estimatedCostPence: proposal.costPence,
      finalCostPence: proposal.onBallot ? proposal.costPence : null,
      supportCount: proposal.supports,
      commentCount: proposal.comments,
      pledgedValuePence: ledger.get(proposal.id) ?? 0,
      openNeedCount: openNeeds.get(proposal.id) ?? 0,
      publishedAt: proposal.publishedAt,
      createdAt: proposal.publishedAt ?? DEMO_NOW,
      updatedAt: proposal.publishedAt ?? DEMO_NOW,
    })),
  );
  await insert(needs, needRows);
  await insert(pledges, pledgeRows);

  // Endorsements: about one for every two proposals, never twice from one organisation.
  const published = all.filter((proposal) => proposal.publishedAt);
  const organisations = world.organisationIds.length;
  const pairs = organisations === 0 ? [] : distinctIndexes(random, Math.round(published.length * 0.4), published.length * organisations);
  await insert(
    endorsements,
    pairs.map((pair) => {
      const proposal = published[Math.floor(pair / organisations)];
      const organisation = pair % organisations;
      const owner = world.organisationMembers[organisation]?.[0] ?? 0;
      return {
        id: random.uuid(),
        proposalId: proposal?.id ?? "",
        organisationId: world.organisationIds[organisation] ?? "",
        endorsedBy: world.personIds[owner],
        statement: "",
        createdAt: proposal?.publishedAt ?? DEMO_NOW,
      };
    }),
  );
}
