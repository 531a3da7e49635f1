import { getServerSession } from "next-auth";
import { getDb, getRuntime } from "../runtime";
import { loadActor, type Actor } from "./actor";
import { authOptions } from "./options";

/** The caller of the current request (route handler or server component), read through next-auth's cookie. */
export async function getRequestActor(): Promise<Actor> {
  await getRuntime(); // the session secret is settled at boot
  const session = await getServerSession(authOptions);
  return loadActor(await getDb(), session?.user?.id);
}
