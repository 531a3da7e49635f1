import { getServerSession } from "next-auth";
import { getDb, getRuntime } from "../boot/runtime";
import { loadActor, type Actor } from "./actor";
import { authOptions } from "./options";
import { settleAuthOrigin } from "./origin";

/** The caller of the current request (route handler or server component), read through next-auth's cookie. */
export async function getRequestActor(): Promise<Actor> {
  const { config } = await getRuntime(); // the session secret is settled at boot
  settleAuthOrigin(config); // the cookie's name depends on the origin: read it as the sign-in wrote it
  const session = await getServerSession(authOptions);
  return loadActor(await getDb(), session?.user?.id);
}
