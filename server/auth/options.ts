import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../boot/runtime";
import type { SignedInUser } from "./accounts";
import { safeCallbackPath } from "./callback-path";
import { authorizeGuest, authorizeStaff } from "./sign-in";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; kind: SignedInUser["kind"] };
  }
  interface User {
    kind: SignedInUser["kind"];
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    kind?: SignedInUser["kind"];
  }
}

/**
 * Two ways in: staff with e-mail and password, attendees as guests with the name that goes on the cup. Both go
 * through the sign-in limits first (withSignInLimits, in the route).
 * Sessions are signed JWT cookies; what a user may do is read from the database on every request
 * (server/auth/actor.ts), so the token carries only who they are.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 14 * 24 * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      id: "staff",
      name: "Staff",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: async (credentials, request) => authorizeStaff(await getDb(), credentials, request?.headers),
    }),
    CredentialsProvider({
      id: "guest",
      name: "Guest",
      credentials: { name: { label: "Your name", type: "text" } },
      authorize: async (credentials) => authorizeGuest(await getDb(), credentials),
    }),
  ],
  callbacks: {
    // The sign-in form's rule (callback-path.ts) for next-auth's redirects too: only paths on this origin.
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackPath(url, baseUrl), baseUrl).toString();
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.name = user.name;
        token.kind = user.kind;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.sub ?? "", name: token.name ?? "", kind: token.kind ?? "GUEST" };
      return session;
    },
  },
};
