import type { Database } from "../../connect";
import { ballotChoices, ballots } from "../../schema";
import { newBallotReference } from "./cast-ballot";

/** A paper ballot typed in by an officer: anonymous (no voter), with its choices. */
export async function enterPaperBallot(tx: Database, input: { planId: string; enteredBy: string; proposalIds: readonly string[] }) {
  const [ballot] = await tx
    .insert(ballots)
    .values({ planId: input.planId, source: "paper", enteredBy: input.enteredBy, reference: newBallotReference() })
    .returning({ id: ballots.id, reference: ballots.reference });
  if (!ballot) return null;
  if (input.proposalIds.length) await tx.insert(ballotChoices).values(input.proposalIds.map((proposalId) => ({ ballotId: ballot.id, proposalId })));
  return ballot;
}
