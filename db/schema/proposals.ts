import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, tstz, tsvector, updatedAt } from "./_columns";
import { commentStance, proposalStatus } from "./enums";
import { areas, themes } from "./geography";
import { organisations } from "./organisations";
import { users } from "./people";
import { plans } from "./plans";

export const proposals = pgTable(
  "proposals",
  {
    id: id(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "restrict" }),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "restrict" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    // Made on behalf of an organisation the author belongs to.
    organisationId: uuid("organisation_id").references(() => organisations.id, {
      onDelete: "set null",
    }),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    // Markdown as written; sanitised when rendered.
    body: text("body").notNull().default(""),
    status: proposalStatus("status").notNull().default("draft"),
    // Kept so a moderator's restore returns the proposal to where it was.
    statusBeforeHidden: proposalStatus("status_before_hidden"),
    hiddenReason: text("hidden_reason"),
    estimatedCostPence: bigint("estimated_cost_pence", { mode: "number" }).notNull(),
    // Set by officers when the proposal is shortlisted for the ballot.
    finalCostPence: bigint("final_cost_pence", { mode: "number" }),
    shortlistReason: text("shortlist_reason"),
    // The project id in an imported election (Pabulib), kept so exports and tallies use it.
    externalRef: text("external_ref"),
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => proposals.id, {
      onDelete: "set null",
    }),
    // Optional point on the neighbourhood map (WGS84).
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    // Counters kept in the same transaction as the rows they count, so lists sort without aggregating.
    supportCount: integer("support_count").notNull().default(0),
    commentCount: integer("comment_count").notNull().default(0),
    pledgedValuePence: bigint("pledged_value_pence", { mode: "number" }).notNull().default(0),
    openNeedCount: integer("open_need_count").notNull().default(0),
    search: tsvector("search").generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '')), 'C')`,
    ),
    publishedAt: tstz("published_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("proposals_plan_status_published_idx").on(t.planId, t.status, t.publishedAt),
    index("proposals_plan_support_idx").on(t.planId, t.supportCount),
    index("proposals_plan_pledged_idx").on(t.planId, t.pledgedValuePence),
    index("proposals_plan_area_idx").on(t.planId, t.areaId),
    index("proposals_plan_theme_idx").on(t.planId, t.themeId),
    index("proposals_area_idx").on(t.areaId, t.publishedAt),
    index("proposals_author_idx").on(t.authorId),
    index("proposals_organisation_idx").on(t.organisationId),
    index("proposals_search_idx").using("gin", t.search),
    uniqueIndex("proposals_plan_external_ref_uq").on(t.planId, t.externalRef),
    check("proposals_estimated_cost_ck", sql`${t.estimatedCostPence} >= 0`),
    check("proposals_final_cost_ck", sql`${t.finalCostPence} is null or ${t.finalCostPence} >= 0`),
    check("proposals_counts_ck", sql`${t.supportCount} >= 0 and ${t.commentCount} >= 0 and ${t.openNeedCount} >= 0`),
    check("proposals_pledged_ck", sql`${t.pledgedValuePence} >= 0`),
    check("proposals_title_ck", sql`char_length(${t.title}) between 1 and 140`),
    check(
      "proposals_point_ck",
      sql`(${t.latitude} is null) = (${t.longitude} is null) and (${t.latitude} is null or (${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180))`,
    ),
  ],
);

export const proposalPhotos = pgTable(
  "proposal_photos",
  {
    id: id(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    storageKey: text("storage_key").notNull().unique(),
    altText: text("alt_text").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("proposal_photos_position_uq").on(t.proposalId, t.position),
    check("proposal_photos_position_ck", sql`${t.position} between 0 and 2`),
  ],
);

/** One "I support this" per person per proposal. */
export const supports = pgTable(
  "supports",
  {
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("supports_proposal_user_uq").on(t.proposalId, t.userId),
    index("supports_user_idx").on(t.userId, t.createdAt),
  ],
);

export const follows = pgTable(
  "follows",
  {
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("follows_proposal_user_uq").on(t.proposalId, t.userId),
    index("follows_user_idx").on(t.userId),
  ],
);

export const endorsements = pgTable(
  "endorsements",
  {
    id: id(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    endorsedBy: uuid("endorsed_by").references(() => users.id, { onDelete: "set null" }),
    statement: text("statement").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("endorsements_proposal_org_uq").on(t.proposalId, t.organisationId),
    index("endorsements_org_idx").on(t.organisationId),
  ],
);

export const comments = pgTable(
  "comments",
  {
    id: id(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    // Set when someone speaks with an organisation's official voice.
    organisationId: uuid("organisation_id").references(() => organisations.id, {
      onDelete: "set null",
    }),
    // One level of replies: a reply's parent is always a top-level comment (enforced in the action).
    parentId: uuid("parent_id").references((): AnyPgColumn => comments.id, { onDelete: "cascade" }),
    stance: commentStance("stance").notNull(),
    body: text("body").notNull(),
    editedAt: tstz("edited_at"),
    deletedAt: tstz("deleted_at"),
    hiddenAt: tstz("hidden_at"),
    hiddenReason: text("hidden_reason"),
    createdAt: createdAt(),
  },
  (t) => [
    index("comments_proposal_created_idx").on(t.proposalId, t.createdAt),
    index("comments_parent_idx").on(t.parentId, t.createdAt),
    index("comments_author_idx").on(t.authorId),
    check("comments_body_ck", sql`char_length(${t.body}) between 1 and 5000`),
  ],
);
