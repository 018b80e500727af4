import { sql } from "drizzle-orm";
import { check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./_columns";
import { invitationStatus, organisationRole, sector } from "./enums";
import { areas, regions } from "./geography";
import { users } from "./people";

/** Community groups, social enterprises, businesses and public bodies. Organisations never vote. */
export const organisations = pgTable(
  "organisations",
  {
    id: id(),
    regionId: uuid("region_id")
      .notNull()
      .references(() => regions.id, { onDelete: "cascade" }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    sector: sector("sector").notNull(),
    description: text("description").notNull().default(""),
    // What it can offer to proposals: matched against needs on the open-needs page.
    offers: text("offers").notNull().default(""),
    areaServedId: uuid("area_served_id").references(() => areas.id, { onDelete: "set null" }),
    website: text("website"),
    verifiedAt: tstz("verified_at"),
    verifiedBy: uuid("verified_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("organisations_region_sector_idx").on(t.regionId, t.sector, t.name),
    index("organisations_area_idx").on(t.areaServedId),
    index("organisations_name_idx").on(t.name),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: organisationRole("role").notNull().default("member"),
    createdAt: createdAt(),
  },
  (t) => [
    // One membership per person per organisation.
    uniqueIndex("memberships_org_user_uq").on(t.organisationId, t.userId),
    index("memberships_user_idx").on(t.userId),
    // At most one owner per organisation; ownership moves by transfer.
    uniqueIndex("memberships_one_owner_uq")
      .on(t.organisationId)
      .where(sql`role = 'owner'`),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: organisationRole("role").notNull().default("member"),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    status: invitationStatus("status").notNull().default("pending"),
    expiresAt: tstz("expires_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("invitations_org_status_idx").on(t.organisationId, t.status),
    index("invitations_email_idx").on(t.email),
    check("invitations_role_ck", sql`${t.role} <> 'owner'`),
  ],
);

export const joinRequests = pgTable(
  "join_requests",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: text("message").notNull().default(""),
    status: invitationStatus("status").notNull().default("pending"),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("join_requests_pending_uq")
      .on(t.organisationId, t.userId)
      .where(sql`status = 'pending'`),
    index("join_requests_user_idx").on(t.userId),
  ],
);
