import { sql } from "drizzle-orm";
import { check, index, numeric, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz, updatedAt } from "./_columns";
import { needStatus, partnerStatus, pledgeKind, pledgeStatus } from "./enums";
import { organisations } from "./organisations";
import { users } from "./people";
import { proposals } from "./proposals";

/** What a proposal still lacks; organisations answer needs with pledges. */
export const needs = pgTable(
  "needs",
  {
    id: id(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    kind: pledgeKind("kind").notNull(),
    description: text("description").notNull(),
    status: needStatus("status").notNull().default("open"),
    createdAt: createdAt(),
  },
  (t) => [
    index("needs_proposal_idx").on(t.proposalId),
    index("needs_open_kind_idx").on(t.kind, t.createdAt).where(sql`status = 'open'`),
  ],
);

/** A contribution offered to a proposal by a person, or by a person for an organisation. */
export const pledges = pgTable(
  "pledges",
  {
    id: id(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    pledgerId: uuid("pledger_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    organisationId: uuid("organisation_id").references(() => organisations.id, {
      onDelete: "set null",
    }),
    needId: uuid("need_id").references(() => needs.id, { onDelete: "set null" }),
    kind: pledgeKind("kind").notNull(),
    quantity: numeric("quantity", { precision: 12, scale: 2, mode: "number" }).notNull(),
    unit: text("unit").notNull(),
    description: text("description").notNull().default(""),
    status: pledgeStatus("status").notNull().default("offered"),
    confirmedAt: tstz("confirmed_at"),
    deliveredAt: tstz("delivered_at"),
    withdrawnAt: tstz("withdrawn_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("pledges_proposal_status_idx").on(t.proposalId, t.status),
    index("pledges_pledger_idx").on(t.pledgerId),
    index("pledges_organisation_idx").on(t.organisationId),
    index("pledges_need_idx").on(t.needId),
    check("pledges_quantity_ck", sql`${t.quantity} > 0`),
  ],
);

/** An organisation that offers to help deliver a proposal; the author accepts or declines. */
export const partners = pgTable(
  "partners",
  {
    id: id(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    status: partnerStatus("status").notNull().default("proposed"),
    offeredBy: uuid("offered_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("partners_proposal_org_uq").on(t.proposalId, t.organisationId),
    index("partners_org_idx").on(t.organisationId),
  ],
);
