import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import { ballotChoices, ballots } from "../../schema";

/** A receipt reference people can read out: PP-XXXX-XXXX, unguessable (40 random bits). */
export function newBallotReference(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
  return `PP-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

/**
 * Casts or replaces a person's ballot: one upsert on the (plan, voter) unique index, then the
 * choices replaced. Two simultaneous submissions serialise on that row, so exactly one ballot
 * remains and it holds one submission's choices, never a mixture. Run it in a transaction. `points`,
 * for a points ballot, replaces `proposalIds`.
 */
export async function castBallot(db: Database, input: { planId: string; voterId: string; proposalIds: string[]; points?: ReadonlyMap<string, number> }) {
  const [ballot] = await db
    .insert(ballots)
    .values({ planId: input.planId, voterId: input.voterId, source: "online", reference: newBallotReference() })
    .onConflictDoUpdate({ target: [ballots.planId, ballots.voterId], set: { updatedAt: sql`now()` } })
    .returning({ id: ballots.id, reference: ballots.reference, castAt: ballots.castAt, updatedAt: ballots.updatedAt });
  if (!ballot) throw new Error("ballot not stored");
  await db.delete(ballotChoices).where(eq(ballotChoices.ballotId, ballot.id));
  // A points ballot stores the points of each project given any; a project given 0 was not chosen.
  const choices = input.points
    ? [...input.points].filter(([, points]) => points > 0).map(([proposalId, points]) => ({ ballotId: ballot.id, proposalId, points }))
    : [...new Set(input.proposalIds)].map((proposalId) => ({ ballotId: ballot.id, proposalId }));
  if (choices.length) await db.insert(ballotChoices).values(choices);
  return ballot;
}
