import { getRequestActor } from "../auth/session";
import { getDb } from "../boot/runtime";
import type { Context } from "./init";

export async function createRequestContext(): Promise<Context> {
  return { db: await getDb(), actor: await getRequestActor() };
}
