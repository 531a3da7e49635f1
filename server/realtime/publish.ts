import * as Ably from "ably";
import { getConfig, type RealtimeConfig } from "../config";
import { getHub } from "./hub";

/**
 * Publishes a message to a channel on the transport the environment chose: Ably's REST API when ABLY_API_KEY
 * is set, the in-process hub (Server-Sent Events) otherwise. Only the publisher service calls it. A `key` makes the
 * publish idempotent on both transports (the hub remembers it; Ably deduplicates messages by a client-given id).
 */
export async function publish(channel: string, name: string, data: unknown, key?: string): Promise<void> {
  const realtime = getConfig().realtime;
  if (realtime.mode === "ably") return publishToAbly(realtime, channel, name, data, key);
  getHub().publish(channel, name, data, key);
}

const shared = globalThis as typeof globalThis & { __pressoAblyRest?: Ably.Rest };

export type AblyAccess = Pick<Extract<RealtimeConfig, { mode: "ably" }>, "apiKey" | "endpoint">;

export async function publishToAbly(ably: AblyAccess, channel: string, name: string, data: unknown, key?: string): Promise<void> {
  const rest = (shared.__pressoAblyRest ??= new Ably.Rest({ key: ably.apiKey, ...ably.endpoint }));
  await rest.channels.get(channel).publish(key === undefined ? { name, data } : { id: key, name, data });
}
