import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { type DefaultSession, type NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import { getDb } from "@/db";
import { getAccountStanding } from "@/db/queries/people/get-account-standing";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { authSecret, oidcConfig } from "@/env";
import { sendMail } from "@/mailer";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}

export const SIGN_IN_LINK_MINUTES = 60;

function signInEmail(url: string) {
  return {
    subject: "Your sign-in link for People's Plan",
    text: [
      "Hello,",
      "",
      "Use this link to sign in to People's Plan. It works once, for the next hour:",
      "",
      url,
      "",
      "If you did not ask to sign in, you can ignore this email: nobody can sign in without the link.",
    ].join("\n"),
  };
}

/**
 * Auth.js with database sessions: a session is a row in Postgres, so deleting a person's rows
 * (on suspension) signs them out everywhere at once, on every app instance.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(async (): Promise<NextAuthConfig> => {
  const db = await getDb();
  const providers: Provider[] = [
    {
      id: "email",
      type: "email",
      name: "Email",
      from: "People's Plan",
      maxAge: SIGN_IN_LINK_MINUTES * 60,
      options: {},
      async sendVerificationRequest({ identifier, url }) {
        await sendMail(db, { to: identifier, ...signInEmail(url) });
      },
    },
  ];
  const oidc = oidcConfig();
  if (oidc) {
    providers.push({
      id: "oidc",
      name: oidc.name,
      type: "oidc",
      issuer: oidc.issuer,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
    });
  }
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    secret: authSecret(),
    trustHost: true,
    providers,
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    callbacks: {
      async signIn({ user }) {
        if (!user.id) return true;
        const standing = await getAccountStanding(db, { id: user.id });
        // A suspended or erased account cannot start a new session.
        return !standing || (!standing.suspended && !standing.erased);
      },
      session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
    },
  };
});
