import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * "demo": outbox mailbox and "sign in as" personas are available. "production": neither.
 * Without a DATABASE_URL the app is a local demo; with one it is production unless told otherwise,
 * so a deployment that forgets APP_ENV does not expose the mailbox.
 */
export function appEnv(): "demo" | "production" {
  const explicit = process.env.APP_ENV;
  if (explicit === "demo" || explicit === "production") return explicit;
  return process.env.DATABASE_URL ? "production" : "demo";
}

export function isDemo(): boolean {
  return appEnv() === "demo";
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
