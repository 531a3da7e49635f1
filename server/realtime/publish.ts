import * as Ably from "ably";
import { getConfig } from "../config";
import { ablyEndpoint } from "./ably-options";
import { getHub } from "./hub";

/**
 * Publishes a message to a channel on the transport the environment chose: Ably's REST API when ABLY_API_KEY
 * is set, the in-process hub (Server-Sent Events) otherwise. Only the publisher service calls it. A `key` makes the
 * publish idempotent on both transports (the hub remembers it; Ably deduplicates messages by a client-given id).
 */
export async function publish(channel: string, name: string, data: unknown, key?: string): Promise<void> {
  if (getConfig().realtime.mode === "ably") return publishToAbly(channel, name, data, key);
  getHub().publish(channel, name, data, key);
}

const shared = globalThis as typeof globalThis & { __pressoAblyRest?: Ably.Rest };

export async function publishToAbly(channel: string, name: string, data: unknown, key?: string): Promise<void> {
  const rest = (shared.__pressoAblyRest ??= new Ably.Rest({ key: process.env.ABLY_API_KEY, ...ablyEndpoint() }));
  await rest.channels.get(channel).publish(key === undefined ? { name, data } : { id: key, name, data });
}
