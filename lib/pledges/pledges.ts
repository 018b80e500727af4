import { z } from "zod";
import type { PledgeKind } from "../labels";
import { can, type Actor } from "../policy";

export type PledgeStatus = "offered" | "confirmed" | "declined" | "delivered" | "withdrawn";
export type NeedStatus = "open" | "met" | "closed";

/** Pledges that still stand: offered, confirmed or delivered (not declined or withdrawn). What the measures count as brought. */
export const standingPledgeStatuses = ["offered", "confirmed", "delivered"] as const satisfies readonly PledgeStatus[];

export const pledgeKinds = ["volunteer_hours", "money", "premises", "equipment", "skills", "jobs", "procurement"] as const satisfies readonly PledgeKind[];

/**
 * The pledge lifecycle (DESIGN §3): the author confirms or declines an offer; a confirmed pledge is
 * delivered later; either side may withdraw before delivery. Delivered, declined and withdrawn are final,
 * so the ledger's history cannot be rewritten after the event.
 */
const transitions: Record<PledgeStatus, readonly PledgeStatus[]> = {
  offered: ["confirmed", "declined", "withdrawn"],
  confirmed: ["delivered", "withdrawn"],
  declined: [],
  delivered: [],
  withdrawn: [],
};

export type PledgeTransition = "confirmed" | "declined" | "delivered" | "withdrawn";

export function canTransition(from: PledgeStatus, to: PledgeStatus): boolean {
  return transitions[from].includes(to);
}

/** The statuses a pledge may move to `to` from: used in the `where` of the update, so a stale click cannot skip a step. */
export function statusesBefore(to: PledgeTransition): PledgeStatus[] {
  return (Object.keys(transitions) as PledgeStatus[]).filter((from) => canTransition(from, to));
}

const doneVerbs: Record<Exclude<PledgeStatus, "offered">, string> = {
  confirmed: "has already been confirmed",
  declined: "has been declined",
  delivered: "has already been delivered",
  withdrawn: "has been withdrawn",
};

const transitionVerbs: Record<PledgeTransition, string> = {
  confirmed: "confirmed",
  declined: "declined",
  delivered: "marked delivered",
  withdrawn: "withdrawn",
};

/** Why a pledge cannot move, in words for the person who clicked. */
export function transitionRefusal(from: PledgeStatus, to: PledgeTransition): string {
  if (from === "offered") return `The proposer has not confirmed this pledge yet, so it cannot be ${transitionVerbs[to]}.`;
  return `This pledge ${doneVerbs[from]}, so it can no longer be ${transitionVerbs[to]}.`;
}

/**
 * A need answered by a pledge of the same kind is met while that pledge is confirmed or delivered,
 * and open again if it is withdrawn. A need the author closed stays closed whatever happens to pledges.
 */
export function needStatusFor(need: { kind: PledgeKind; status: NeedStatus }, answering: readonly { kind: PledgeKind; status: PledgeStatus }[]): NeedStatus {
  if (need.status === "closed") return "closed";
  const met = answering.some((pledge) => pledge.kind === need.kind && (pledge.status === "confirmed" || pledge.status === "delivered"));
  return met ? "met" : "open";
}

export interface PledgeParties {
  status: PledgeStatus;
  pledgerId: string;
  organisationId: string | null;
}

/** The buttons a person sees on a pledge: the same permission table the actions enforce, plus the lifecycle. */
export function pledgeTransitionsFor(actor: Actor | null, pledge: PledgeParties, proposalAuthorId: string): PledgeTransition[] {
  const resource = { pledgerId: pledge.pledgerId, organisationId: pledge.organisationId, proposalAuthorId };
  const allowed: PledgeTransition[] = [];
  if (can(actor, "pledge.decide", resource)) allowed.push("confirmed", "declined");
  if (can(actor, "pledge.markDelivered", resource)) allowed.push("delivered");
  if (can(actor, "pledge.withdraw", resource)) allowed.push("withdrawn");
  return allowed.filter((to) => canTransition(pledge.status, to));
}

/** "2 placements", "2.5 hours", "£500", "£1,000 of local spend": units are stored as typed, often singular. */
export function formatQuantity(quantity: number, unit: string): string {
  const amount = quantity.toLocaleString("en-GB", { maximumFractionDigits: 2 });
  const trimmed = unit.trim();
  if (trimmed.startsWith("£")) return `£${amount}${trimmed.slice(1)}`;
  if (!trimmed) return amount;
  // Only a single plain word is pluralised; anything longer is shown as the person wrote it.
  const plural = quantity !== 1 && /^[a-z]+$/i.test(trimmed) && !/s$/i.test(trimmed);
  return `${amount} ${plural ? pluralise(trimmed) : trimmed}`;
}

function pluralise(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(ch|sh|x|z)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/** "Holroyd & Daughters'", "Amira's". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** Who a pledge is from, as people read it. */
export function pledgerDisplayName(pledge: { organisationName: string | null; pledgerName: string | null }): string {
  return pledge.organisationName ?? pledge.pledgerName ?? "A former member";
}

/** "Holroyd & Daughters' pledge of 2 placements": names buttons so a screen reader knows which pledge. */
export function describePledge(pledge: { organisationName: string | null; pledgerName: string | null; quantity: number; unit: string }): string {
  return `${possessive(pledgerDisplayName(pledge))} pledge of ${formatQuantity(pledge.quantity, pledge.unit)}`;
}

// numeric(12, 2): ten digits before the point.
const MAX_QUANTITY = 9_999_999_999.99;

const optionalId = (message: string) =>
  z
    .union([z.literal(""), z.uuid(message)])
    .optional()
    .transform((value) => value || null);

/** One pledge as the form posts it. Quantities accept "1,000", "2.5" and "£500". */
export const pledgeInputSchema = z.object({
  proposalId: z.uuid("That proposal was not found"),
  kind: z.enum(pledgeKinds, "Choose what you are pledging"),
  quantity: z
    .string("Enter how much you are pledging")
    .trim()
    .min(1, "Enter how much you are pledging")
    .transform((value) => value.replace(/[,\s£]/g, ""))
    .pipe(
      z.coerce
        .number<string>("Enter a number, like 2 or 2.5")
        .positive("Enter an amount above zero")
        .max(MAX_QUANTITY, "That amount is too large")
        .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, "Use at most two decimal places"),
    ),
  unit: z.string("Say what the amount counts, e.g. hours").trim().min(1, "Say what the amount counts, e.g. hours").max(40, "Keep the unit under 40 characters"),
  description: z.string().trim().max(1000, "Keep the note under 1,000 characters").default(""),
  organisationId: optionalId("Choose yourself or one of your organisations"),
  needId: optionalId("Choose one of this proposal's open needs"),
});

export type PledgeInput = z.output<typeof pledgeInputSchema>;
