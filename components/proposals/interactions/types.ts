import type { FormState } from "@/components/forms/action-state";
import type { Phase } from "@/lib/plans/phases";
import type { Actor } from "@/lib/policy";

/**
 * The server actions the proposal page hands to its interactive parts. Written as methods on
 * purpose: a method accepts any action whose result fits FormState, whatever data each returns,
 * so the page can pass its real actions without casts.
 */
export interface ProposalActions {
  createPledge(state: FormState, data: FormData): Promise<FormState>;
  confirmPledge(state: FormState, data: FormData): Promise<FormState>;
  declinePledge(state: FormState, data: FormData): Promise<FormState>;
  markPledgeDelivered(state: FormState, data: FormData): Promise<FormState>;
  withdrawPledge(state: FormState, data: FormData): Promise<FormState>;
  support(state: FormState, data: FormData): Promise<FormState>;
  unsupport(state: FormState, data: FormData): Promise<FormState>;
  follow(state: FormState, data: FormData): Promise<FormState>;
  unfollow(state: FormState, data: FormData): Promise<FormState>;
  endorse(state: FormState, data: FormData): Promise<FormState>;
  removeEndorsement(state: FormState, data: FormData): Promise<FormState>;
  offerPartnership(state: FormState, data: FormData): Promise<FormState>;
  decidePartnership(state: FormState, data: FormData): Promise<FormState>;
}

export type FormAction = ProposalActions[keyof ProposalActions];

export interface OrganisationChoice {
  id: string;
  name: string;
}

/**
 * Who is looking at the proposal and what they may do: read by server components only, so the
 * actor (with their email) never reaches the browser.
 */
export interface InteractionContext {
  proposalId: string;
  proposalAuthorId: string;
  planPhase: Phase;
  /** Published and not withdrawn: takes new pledges, support and backing. */
  open: boolean;
  actor: Actor | null;
  supports: boolean;
  follows: boolean;
  /** Organisations the viewer administers. */
  actingFor: readonly OrganisationChoice[];
  actions: ProposalActions;
}

/** Ids are uuids, so the path needs no escaping in the query. */
export const signInHref = (proposalId: string) => `/sign-in?next=/proposals/${proposalId}`;
