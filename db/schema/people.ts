import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./_columns";
import { participantType, staffRole } from "./enums";
import { areas } from "./geography";

/**
 * A person. The first columns follow the Auth.js Drizzle adapter's user table so sessions
 * and sign-in tokens can live in Postgres; the rest is the person's profile.
 */
export const users = pgTable(
  "users",
  {
    id: id(),
    name: text("name"),
    email: text("email").unique(),
    emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
    image: text("image"),
    participantType: participantType("participant_type").notNull().default("resident"),
    homeAreaId: uuid("home_area_id").references(() => areas.id, { onDelete: "set null" }),
    // Set by a council officer where a plan requires verified voters.
    homeAreaVerifiedAt: tstz("home_area_verified_at"),
    homeAreaVerifiedBy: uuid("home_area_verified_by"),
    suspendedAt: tstz("suspended_at"),
    suspendedReason: text("suspended_reason"),
    // Deleting an account anonymises it (UK GDPR erasure) and keeps the content it wrote.
    deletedAt: tstz("deleted_at"),
    notifyByEmail: boolean("notify_by_email").notNull().default(true),
    notifyDigest: boolean("notify_digest").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("users_home_area_idx").on(t.homeAreaId),
    index("users_created_idx").on(t.createdAt),
    index("users_name_idx").on(t.name),
  ],
);

/** Staff roles are separate from participant type: a council officer may also be a resident. */
export const staffRoles = pgTable(
  "staff_roles",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: staffRole("role").notNull(),
    grantedBy: uuid("granted_by").references(() => users.id, { onDelete: "set null" }),
    grantedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] }), index("staff_roles_role_idx").on(t.role)],
);

/** Optional equality-monitoring answers: private, used only in suppressed aggregates. */
export const equalityAnswers = pgTable("equality_answers", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  ageBand: text("age_band"),
  gender: text("gender"),
  ethnicity: text("ethnicity"),
  disability: text("disability"),
  employmentStatus: text("employment_status"),
  updatedAt: createdAt(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_idx").on(t.userId),
  ],
);

/** Database sessions, so suspending a person ends every session they have at once. */
export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

