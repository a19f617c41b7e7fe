import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { credentialsSchema } from "@/lib/users/user-schemas";
import { signInWithPassword, WrongCredentialsError } from "@/lib/users/sign-in-with-password";
import { getAuthSecret } from "./auth-secret";
import { createUserSession, revokeUserSession } from "./sessions/user-sessions";

const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/** A refused sign-in that is not just wrong credentials (too many attempts, a disabled account); the sign-in form shows its error. */
export class SignInRefused extends CredentialsSignin {
  constructor(readonly refusal: AppError) {
    super(refusal.message);
    this.code = refusal.code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/signin" },
  logger: {
    // A wrong password is an expected outcome shown on the form, not a server error.
    error(error) {
      if (error.name !== "CredentialsSignin" && !(error instanceof CredentialsSignin)) console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          return await signInWithPassword(parsed.data.email, parsed.data.password, clientAddress(request.headers));
        } catch (error) {
          if (error instanceof WrongCredentialsError) return null;
          if (error instanceof AppError) throw new SignInRefused(error);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // Only at sign-in: each sign-in is its own revocable session.
      if (user?.id) {
        token.sub = user.id;
        token.sid = await createUserSession(user.id, SESSION_MAX_AGE_S * 1000);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionId = token.sid;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await revokeUserSession(sid);
    },
  },
}));
