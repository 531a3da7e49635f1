// The organiser a simulation signs in as (robots, replay, bench:rush against a running server), never printed:
// PRESSO_ORGANISER_EMAIL and PRESSO_ORGANISER_PASSWORD when set; else the demo organiser (PRESSO_DEMO_ORGANISER_*,
// or its default e-mail with the password the local data folder made for it at first start).
import { getConfig } from "../../server/config";
import { keptDemoPassword } from "../../server/data-folder/demo-sign-ins";
import { privateFolderOf } from "../../server/data-folder/private-files";

export type Credentials = { email: string; password: string };

export function organiserCredentials(env: Record<string, string | undefined> = process.env): Credentials {
  if (env.PRESSO_ORGANISER_EMAIL || env.PRESSO_ORGANISER_PASSWORD) {
    if (!env.PRESSO_ORGANISER_EMAIL || !env.PRESSO_ORGANISER_PASSWORD) throw new Error("set both PRESSO_ORGANISER_EMAIL and PRESSO_ORGANISER_PASSWORD");
    return { email: env.PRESSO_ORGANISER_EMAIL, password: env.PRESSO_ORGANISER_PASSWORD };
  }
  const email = env.PRESSO_DEMO_ORGANISER_EMAIL || "organiser@presso.local";
  if (env.PRESSO_DEMO_ORGANISER_PASSWORD) return { email, password: env.PRESSO_DEMO_ORGANISER_PASSWORD };
  const database = getConfig().database;
  const kept = database.mode === "embedded" ? keptDemoPassword(privateFolderOf(database.dataDir), email) : undefined;
  if (!kept) {
    throw new Error(`no organiser password: set PRESSO_ORGANISER_EMAIL and PRESSO_ORGANISER_PASSWORD (or run this beside the server's data folder, which keeps the demo organiser's)`);
  }
  return { email, password: kept };
}
