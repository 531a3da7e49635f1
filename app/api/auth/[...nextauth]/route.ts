import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";
import { getRuntime } from "@/server/runtime";

const nextAuth = NextAuth(authOptions);

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  await getRuntime(); // NEXTAUTH_SECRET is settled at boot in embedded mode
  return nextAuth(request, context);
}

export { handler as GET, handler as POST };
