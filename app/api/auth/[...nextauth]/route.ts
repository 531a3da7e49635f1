import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/server/auth/options";
import { settleAuthOrigin } from "@/server/auth/origin";
import { withSignInLimits } from "@/server/auth/sign-in-guard";
import { getRuntime } from "@/server/boot/runtime";

const nextAuth = withSignInLimits(NextAuth(authOptions));

async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  const { config } = await getRuntime(); // NEXTAUTH_SECRET is settled at boot in embedded mode
  settleAuthOrigin(config);
  return nextAuth(request, context);
}

export { handler as GET, handler as POST };
