import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { applyAdminEmail } from "@/lib/accounts/commands/accounts";
import { signInAllowed } from "@/lib/accounts/queries/accounts";
import { sendSignInLink } from "./sign-in-mail";

export const SIGN_IN_LINK_MAX_AGE_SECONDS = 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const db = getDb();
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    providers: [
      Nodemailer({
        // Never used for sending (sendSignInLink goes through our outbox), but required.
        server: process.env.SMTP_URL || "smtp://localhost:25",
        maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
        sendVerificationRequest: sendSignInLink,
      }),
    ],
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/inloggen", verifyRequest: "/inloggen/verstuurd", error: "/inloggen/fout" },
    events: {
      createUser: ({ user }) => {
        if (user.email) applyAdminEmail(db, user.email);
      },
    },
    logger: {
      // An expired or used sign-in link is an everyday event, not a server error.
      error(error) {
        if (error.name === "Verification") console.warn("Sign-in link refused: expired or already used");
        else console.error(error);
      },
    },
    callbacks: {
      // A link sent before the account was blocked no longer signs in.
      signIn({ user }) {
        return !user.email || signInAllowed(user.email);
      },
      session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
    },
  };
});
