import { comments, endorsements, follows, needs, partners, pledges, supports } from "../schema";
import { addHours, at, between, DEMO_NOW, earliest, latest } from "./clock";
import { pledgeRateSeeds } from "./content/plans";
import type { CommentSeed, CoproductionSeed, ProposalSeed } from "./content/types";
import type { DemoPerson, Directory } from "./demo-directory";
import type { Random } from "./random";
import { stableId } from "./random";

export interface EngagementRows {
  needs: (typeof needs.$inferInsert)[];
  pledges: (typeof pledges.$inferInsert)[];
  endorsements: (typeof endorsements.$inferInsert)[];
  partners: (typeof partners.$inferInsert)[];
  comments: (typeof comments.$inferInsert)[];
  supports: (typeof supports.$inferInsert)[];
  follows: (typeof follows.$inferInsert)[];
}

export interface EngagementInput {
  proposalId: string;
  seed: ProposalSeed;
  areaKey: string;
  publishedAt: Date;
  /** When supporting and discussing stopped: the end of the ideas phase, or now. */
  closesAt: Date;
  coproduction: CoproductionSeed;
  comments: CommentSeed[];
}

export function buildEngagement(random: Random, directory: Directory, input: EngagementInput): EngagementRows {
  const { proposalId, seed, publishedAt, closesAt } = input;
  const member = (personKey: string, orgKey: string | undefined, what: string) => {
    const person = directory.person(personKey);
    if (orgKey && !directory.organisation(orgKey).memberKeys.has(personKey)) {
      throw new Error(`${what} on ${seed.key}: ${personKey} is not a member of ${orgKey}`);
    }
    if (person.joined > closesAt) throw new Error(`${what} on ${seed.key}: ${personKey} joined after it closed`);
    return person;
  };
  const timeFor = (person: DemoPerson, from: Date = publishedAt) => between(latest(from, person.joined), closesAt, random.next() ** 1.6);

  const needRows = (input.coproduction.needs ?? []).map((need) => ({
    id: stableId("need", `${seed.key}:${need.key}`),
    proposalId,
    kind: need.kind,
    description: need.description,
    status: need.status,
    createdAt: addHours(publishedAt, random.int(1, 48)),
  }));
  const needCreated = new Map(needRows.map((need) => [need.id, need.createdAt]));

  const pledgeRows = (input.coproduction.pledges ?? []).map((pledge, index) => {
    const person = member(pledge.by, pledge.org, "pledge");
    const needId = pledge.need ? stableId("need", `${seed.key}:${pledge.need}`) : null;
    const answering = needId ? needCreated.get(needId) : publishedAt;
    if (!answering) throw new Error(`pledge on ${seed.key} answers unknown need ${pledge.need}`);
    const createdAt = timeFor(person, answering);
    const movedOn = between(createdAt, closesAt, random.next());
    return {
      id: stableId("pledge", `${seed.key}:${index}`),
      proposalId,
      pledgerId: person.id,
      organisationId: pledge.org ? directory.organisation(pledge.org).id : null,
      needId,
      kind: pledge.kind,
      quantity: pledge.quantity,
      unit: pledgeRateSeeds[pledge.kind].unit,
      description: pledge.description,
      status: pledge.status,
      confirmedAt: pledge.status === "confirmed" || pledge.status === "delivered" ? movedOn : null,
      deliveredAt: pledge.status === "delivered" ? between(movedOn, DEMO_NOW, random.next()) : null,
      withdrawnAt: pledge.status === "withdrawn" ? movedOn : null,
      createdAt,
      updatedAt: pledge.status === "offered" ? createdAt : movedOn,
    };
  });

  const endorsementRows = (input.coproduction.endorsements ?? []).map((endorsement) => {
    const person = member(endorsement.by, endorsement.org, "endorsement");
    return {
      id: stableId("endorsement", `${seed.key}:${endorsement.org}`),
      proposalId,
      organisationId: directory.organisation(endorsement.org).id,
      endorsedBy: person.id,
      statement: endorsement.statement,
      createdAt: timeFor(person),
    };
  });
  const partnerRows = (input.coproduction.partners ?? []).map((partner) => {
    const person = member(partner.by, partner.org, "partner");
    return {
      id: stableId("partner", `${seed.key}:${partner.org}`),
      proposalId,
      organisationId: directory.organisation(partner.org).id,
      role: partner.role,
      status: partner.status,
      offeredBy: person.id,
      createdAt: timeFor(person),
    };
  });

  const commentRows = buildComments(random, input, member);
  const supportRows = pickSupporters(random, directory, input, commentRows).map((person) => ({
    proposalId,
    userId: person.id,
    createdAt: timeFor(person),
  }));

  // The author follows their own proposal; so does anyone who commented, and some supporters.
  const followers = new Map<string, Date>([[directory.person(seed.author).id, publishedAt]]);
  for (const comment of commentRows) if (!followers.has(comment.authorId)) followers.set(comment.authorId, comment.createdAt);
  for (const support of supportRows) {
    if (!followers.has(support.userId) && random.chance(0.3)) followers.set(support.userId, support.createdAt);
  }
  const followRows = [...followers].map(([userId, createdAt]) => ({ proposalId, userId, createdAt }));

  return {
    needs: needRows,
    pledges: pledgeRows,
    endorsements: endorsementRows,
    partners: partnerRows,
    comments: commentRows,
    supports: supportRows,
    follows: followRows,
  };
}

type CommentRow = typeof comments.$inferInsert & { createdAt: Date; authorId: string };

function buildComments(
  random: Random,
  input: EngagementInput,
  member: (personKey: string, orgKey: string | undefined, what: string) => DemoPerson,
): CommentRow[] {
  const { seed, proposalId, publishedAt, closesAt } = input;
  const undated = input.comments.filter((comment) => !comment.date);
  // Spread undated comments over the discussion, earlier ones bunched near publication.
  const fractions = undated.map(() => random.next() ** 1.8).sort((a, b) => a - b);
  let undatedIndex = 0;
  const rows: CommentRow[] = [];
  input.comments.forEach((comment, index) => {
    const author = member(comment.by, comment.org, "comment");
    const fraction = comment.date ? 0 : (fractions[undatedIndex++] ?? 0.5);
    const createdAt = comment.date ? at(comment.date) : latest(between(publishedAt, closesAt, fraction), author.joined);
    const id = stableId("comment", `${seed.key}:${index}`);
    rows.push(commentRow(random, id, proposalId, author.id, comment, null, createdAt));
    let previous = createdAt;
    (comment.replies ?? []).forEach((reply, replyIndex) => {
      const replier = member(reply.by, reply.org, "reply");
      // Replies follow within a day or two, and before the discussion closed unless the thread ran on.
      const soon = addHours(previous, 0.5 + random.next() * 40);
      const replyAt = reply.date ? at(reply.date) : latest(earliest(soon, latest(closesAt, addHours(previous, 1))), replier.joined);
      previous = replyAt;
      rows.push(commentRow(random, stableId("comment", `${seed.key}:${index}.${replyIndex}`), proposalId, replier.id, reply, id, replyAt));
    });
  });
  for (const row of rows) {
    if (row.createdAt > DEMO_NOW) throw new Error(`comment on ${seed.key} is dated after the demo's now`);
  }
  return rows;
}

function commentRow(
  random: Random,
  id: string,
  proposalId: string,
  authorId: string,
  comment: CommentSeed,
  parentId: string | null,
  createdAt: Date,
): CommentRow {
  return {
    id,
    proposalId,
    authorId,
    organisationId: comment.org ? stableId("organisation", comment.org) : null,
    parentId,
    stance: comment.stance,
    body: comment.body,
    // A few were tidied up within the edit window.
    editedAt: random.chance(0.08) ? addHours(createdAt, 0.05) : null,
    createdAt,
  };
}

/** Supporters: people who spoke up in support first, then others, favouring the proposal's neighbours. */
function pickSupporters(random: Random, directory: Directory, input: EngagementInput, commentRows: CommentRow[]): DemoPerson[] {
  const { seed, closesAt, areaKey } = input;
  const author = directory.person(seed.author);
  const eligible = directory.everyone.filter((person) => person.id !== author.id && person.joined < closesAt);
  const vocal = new Set(commentRows.filter((row) => row.stance === "support").map((row) => row.authorId));
  const first = eligible.filter((person) => vocal.has(person.id)).slice(0, seed.supporters);
  const rest = random.sample(
    eligible.filter((person) => !vocal.has(person.id)),
    seed.supporters - first.length,
    (person) => (person.homeKey === areaKey ? 6 : 1) * (person.key.startsWith("resident-") ? 1 : 2),
  );
  const chosen = [...first, ...rest];
  if (chosen.length !== seed.supporters) throw new Error(`${seed.key}: only ${chosen.length} of ${seed.supporters} supporters available`);
  return chosen;
}
