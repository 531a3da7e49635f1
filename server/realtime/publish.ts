import * as Ably from "ably";
import { getConfig } from "../config";
import { getHub } from "./hub";

/**
 * Publishes a message to a channel on the transport the environment chose: Ably's REST API when ABLY_API_KEY
 * is set, the in-process hub (Server-Sent Events) otherwise. Only the publisher service calls it.
 */

let ably: Ably.Rest | undefined;

export async function publish(channel: string, name: string, data: unknown): Promise<void> {
  if (getConfig().realtime.mode === "ably") {
    ably ??= new Ably.Rest({ key: process.env.ABLY_API_KEY });
    await ably.channels.get(channel).publish(name, data);
    return;
  }
  getHub().publish(channel, name, data);
}
