import "server-only";
import type { Database } from "@/db";
import { getOrganisationSummary } from "@/db/queries/organisations/get-organisation";
import { ActionError } from "../_server/action";

/** The organisation an action is about, whose roles the policy judges; refused when it is gone. */
export async function loadOrganisation(tx: Database, organisationId: string) {
  const organisation = await getOrganisationSummary(tx, organisationId);
  if (!organisation) throw new ActionError("That organisation no longer exists.");
  return organisation;
}
