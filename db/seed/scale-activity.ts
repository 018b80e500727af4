import { comments, follows, supports } from "../schema";
import type { Inserter } from "./bulk";
import { addHours, between, earliest, latest } from "./clock";
import { commentSeeds } from "./content/comments";
import type { CommentStance } from "./content/types";
import type { Random } from "./random";
import type { ScaleProposal } from "./scale-proposals";
import { distinctIndexes, type ScaleWorld } from "./scale-world";

// The demo's own comments and replies, so generated threads read like people wrote them.
const VOICES: { stance: CommentStance; body: string }[] = Object.values(commentSeeds).flatMap((thread) =>
  thread.flatMap((comment) => [comment, ...(comment.replies ?? [])]).map(({ stance, body }) => ({ stance, body })),
);
const PROPOSALS_PER_BATCH = 200;

/** Supports, follows and comments, generated and written a batch of proposals at a time. */
export async function insertActivity(insert: Inserter, random: Random, world: ScaleWorld, all: ScaleProposal[]) {
  const people = world.personIds.length;
  const person = (index: number) => world.personIds[index] ?? "";
  for (let start = 0; start < all.length; start += PROPOSALS_PER_BATCH) {
    const supportRows = [];
    const followRows = [];
    const commentRows = [];
    for (const proposal of all.slice(start, start + PROPOSALS_PER_BATCH)) {
      const published = proposal.publishedAt;
      if (!published) continue;
      const when = () => between(published, proposal.closesAt, random.next() ** 1.5);
      for (const index of distinctIndexes(random, proposal.supports, people)) {
        supportRows.push({ proposalId: proposal.id, userId: person(index), createdAt: when() });
      }
      for (const index of distinctIndexes(random, proposal.follows, people)) {
        followRows.push({ proposalId: proposal.id, userId: person(index), createdAt: when() });
      }
      const topLevel: { id: string; createdAt: Date }[] = [];
      for (let count = 0; count < proposal.comments; count++) {
        const voice = random.pick(VOICES);
        const parent = topLevel.length > 0 && random.chance(0.3) ? random.pick(topLevel) : null;
        const createdAt = parent ? earliest(addHours(parent.createdAt, random.int(1, 48)), latest(parent.createdAt, proposal.closesAt)) : when();
        const row = {
          id: random.uuid(),
          proposalId: proposal.id,
          authorId: person(random.int(0, people - 1)),
          parentId: parent?.id ?? null,
          stance: voice.stance,
          body: voice.body,
          createdAt,
        };
        if (!parent) topLevel.push(row);
        commentRows.push(row);
      }
    }
    await insert(supports, supportRows);
    await insert(follows, followRows);
    // Parents first: a batch may span several insert statements, and a reply needs its parent written.
    await insert(comments, [...commentRows.filter((row) => !row.parentId), ...commentRows.filter((row) => row.parentId)]);
  }
}
