import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { snapshotPolicy, type SnapshotPolicy } from "./lib/measures/snapshots";
import { parseWordList } from "./lib/moderation/moderation-rules";

// Every setting the app reads from its environment, with its default, in one place.
// No "server-only" guard: the database scripts, the benchmarks and the e2e server import this
// through db/connect.ts outside Next, where that guard throws. The linter keeps components/ from
// importing it, and node:fs keeps it out of any client bundle.

/** A Postgres URL; without one the app runs on the embedded database. */
export function databaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export function databasePoolSize(): number {
  return Number(process.env.DATABASE_POOL_SIZE ?? 10);
}

/** Where the embedded database keeps its files. */
export function pgliteDataDir(): string {
  return process.env.PGLITE_DATA_DIR ?? path.join(process.cwd(), ".data", "pglite");
}

/**
 * "demo": outbox mailbox and "sign in as" personas are available. "production": neither.
 * Without a DATABASE_URL the app is a local demo; with one it is production unless told otherwise,
 * so a deployment that forgets APP_ENV does not expose the mailbox.
 */
export function appEnv(): "demo" | "production" {
  const explicit = process.env.APP_ENV;
  if (explicit === "demo" || explicit === "production") return explicit;
  return databaseUrl() ? "production" : "demo";
}

export function isDemo(): boolean {
  return appEnv() === "demo";
}

/** The address this site is reached on, without a trailing slash, for links in emails. */
export function siteUrl(): string {
  return (process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

export function smtpUrl(): string | undefined {
  return process.env.SMTP_URL || undefined;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "People's Plan <no-reply@peoples-plan.invalid>";
}

/**
 * Auth.js signs CSRF tokens and hashes sign-in tokens with this secret. Deployments set
 * AUTH_SECRET (the same on every instance); a local demo gets one generated once and kept
 * beside its embedded database, so restarts do not invalidate sign-in links.
 */
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (appEnv() === "production") throw new Error("AUTH_SECRET must be set in production (APP_ENV=production).");
  const dir = path.join(process.cwd(), ".data");
  const file = path.join(dir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** Abuse limits for sign-in emails: counts per window, configurable per deployment. */
export function signInLimits() {
  return {
    perAddress: Number(process.env.SIGN_IN_LIMIT_PER_ADDRESS ?? 5),
    perClient: Number(process.env.SIGN_IN_LIMIT_PER_CLIENT ?? 30),
    windowMinutes: Number(process.env.SIGN_IN_LIMIT_WINDOW_MINUTES ?? 15),
  };
}

export function oidcConfig() {
  const issuer = process.env.OIDC_ISSUER;
  const clientId = process.env.OIDC_CLIENT_ID;
  const clientSecret = process.env.OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: process.env.OIDC_NAME ?? "Council single sign-on" };
}

/** Words that hold a proposal or comment in the moderation queue instead of publishing it. */
export function moderationWords(): string[] {
  return parseWordList(process.env.MODERATION_WORDS);
}

/** How long a measures snapshot is served as it is, and how long stale while it is refreshed. */
export function measuresSnapshotPolicy(): SnapshotPolicy {
  return snapshotPolicy(process.env.MEASURES_FRESH_SECONDS, process.env.MEASURES_STALE_SECONDS);
}

/** Where uploaded photos are kept; read per call so tests and deployments can point it elsewhere. */
export function uploadsDir(): string {
  return process.env.UPLOADS_DIR ?? path.join(process.cwd(), ".data", "uploads");
}

/** Whether this instance runs the job queue's workers (emails, the phase clock); JOB_WORKERS=off leaves them to others. */
export function runsJobWorkers(): boolean {
  return process.env.JOB_WORKERS !== "off";
}

/** `next build` loads the server to collect pages; nothing should migrate or start workers then. */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}
