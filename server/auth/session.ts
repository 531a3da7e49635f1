import { getServerSession } from "next-auth";
import { getDb, getRuntime } from "../boot/runtime";
import { loadActor, type Actor } from "./actor";
import { authOptions } from "./options";
import { settleAuthOrigin } from "./origin";

/** The caller of the current request (route handler or server component), read through next-auth's cookie. */
export async function getRequestActor(): Promise<Actor> {
  await settledSessionSecret();
  const session = await getServerSession(authOptions);
  return loadActor(await getDb(), session?.user?.id);
}

/**
 * The secret next-auth seals sessions with, once boot has settled it (embedded mode makes it at first start), with
 * next-auth's origin rule applied: the session cookie's name depends on the origin, so reading and writing one
 * (guest-session.ts, returning-guest.ts) must agree with next-auth on it. NEXTAUTH_SECRET is next-auth's own
 * variable, read here for code that seals next-auth's cookies outside its routes.
 */
export async function settledSessionSecret(): Promise<string> {
  const { config } = await getRuntime();
  settleAuthOrigin(config);
  return process.env.NEXTAUTH_SECRET ?? "";
}
