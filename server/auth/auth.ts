import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import NextAuth, { type DefaultSession, type NextAuthConfig } from "next-auth";
import { decode, type JWT } from "next-auth/jwt";
import type { Provider } from "next-auth/providers";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { z } from "zod";
import { db } from "@/server/db/client";
import { findSessionState, revokeSession } from "@/server/queries/sessions";
import { findAuthState, findCredentials } from "@/server/queries/users";
import { timestampedPrismaAdapter } from "./adapter";
import { DecodedTokens } from "./decoded-tokens";
import { verifyPassword } from "./password";
import { resolveAuthSecret } from "./secret";
import { clientAddress, signInAttempt } from "./throttle";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The user's token version when this session started; a bump revokes the session. */
    ver?: number;
    /** Session id, new at every sign-in. */
    sid?: string;
  }
}

const SESSION_MAX_AGE = 3 * 24 * 60 * 60;

const credentialsSchema = z.object({ email: z.string().trim().max(254).email(), password: z.string().min(1).max(256) });

/** Refused without checking the password: too many recent failures for this account or client. */
export class TooManyAttempts extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

const oauthProviders: Provider[] = [
  ...(process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET ? [GitHub] : []),
  ...(process.env.AUTH_OIDC_ISSUER && process.env.AUTH_OIDC_ID
    ? [
        {
          id: "oidc",
          name: process.env.AUTH_OIDC_NAME ?? "SSO",
          type: "oidc",
          issuer: process.env.AUTH_OIDC_ISSUER,
          clientId: process.env.AUTH_OIDC_ID,
          clientSecret: process.env.AUTH_OIDC_SECRET,
        } satisfies Provider,
      ]
    : []),
];

/** Sign-in buttons to show besides the password form. */
export const externalProviders = oauthProviders.map((p) => {
  const config = typeof p === "function" ? p() : p;
  return { id: config.id, name: config.name };
});

const config: NextAuthConfig = {
  adapter: timestampedPrismaAdapter(db),
  secret: resolveAuthSecret(),
  trustHost: true,
  // Credentials sign-in requires JWT sessions. Tokens live 3 days and roll forward with use; the
  // checks in the jwt callback make sign-out and revocation take effect at the next request.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE, updateAge: 60 * 60 },
  pages: { signIn: "/signin" },
  logger: {
    // A wrong password is an expected outcome, answered on the form; it is not a server error.
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const now = new Date();
        // Counted as a failure before the password is checked; a success takes it back.
        const attempt = await signInAttempt(db, parsed.data.email, clientAddress(request.headers), now);
        if (!attempt.ok) throw new TooManyAttempts(attempt.retryAfterSeconds);
        const user = await findCredentials(parsed.data.email);
        const ok = await verifyPassword(user?.passwordHash, parsed.data.password);
        if (!user || !ok || user.disabledAt) return null;
        await attempt.succeeded();
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
    ...oauthProviders,
  ],
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (!token?.sid) return;
      const now = new Date();
      await revokeSession(token.sid, new Date((token.exp ?? now.getTime() / 1000 + SESSION_MAX_AGE) * 1000), now);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        const state = await findAuthState(user.id);
        if (!state || state.disabled) return null;
        return { ...token, sub: user.id, ver: state.tokenVersion, sid: randomUUID() };
      }
      return (await sessionHolds(token)) ? token : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(config);

/** Whether a session token still signs its user in: enabled, not signed out everywhere since, this session not signed out. */
async function sessionHolds(token: JWT): Promise<boolean> {
  if (!token.sub || !token.sid) return false;
  const state = await findSessionState(db, token.sub, token.sid);
  return !!state && !state.disabled && state.tokenVersion === token.ver && !state.revoked;
}

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];
const decodedTokens = new DecodedTokens<JWT>();

/**
 * The signed-in user of an API request, from the session cookie: the same token and checks as
 * `auth()`, without the work `auth()` does for pages (a new cookie at every call). The API routes
 * grade and undo at the pace of a study session; pages roll the cookie forward.
 */
export async function apiUserId(): Promise<string | null> {
  const jar = await cookies();
  const name = SESSION_COOKIES.find((n) => jar.has(n));
  if (!name) return null;
  const cookie = jar.get(name)!.value;
  const token = await decodedTokens.get(cookie, name, Date.now(), () =>
    decode({ token: cookie, secret: config.secret as string, salt: name }).catch(() => null),
  );
  return token && (await sessionHolds(token)) ? token.sub! : null;
}
