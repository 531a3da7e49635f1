import { randomBytes } from "node:crypto";

/**
 * The local transport's in-process hub: channels with a bounded replay buffer each, for Server-Sent Events. Ids
 * carry this process's boot id, so a browser coming back after a restart (or after its messages left the buffer)
 * is told to re-read instead of being handed a partial history. Kept on globalThis: one hub per process, shared
 * by every route bundle and surviving hot reloads.
 */

export type RealtimeMessage = { id: string; channel: string; name: string; data: unknown; timestamp: number };
type Listener = (message: RealtimeMessage) => void;

const BUFFER_PER_CHANNEL = 200;
/** How many recent publish keys the hub remembers to drop a second copy of the same push. */
const REMEMBERED_KEYS = 20_000;

export class Hub {
  readonly bootId = randomBytes(4).toString("hex");
  private seq = 0;
  private buffers = new Map<string, RealtimeMessage[]>();
  /** Per channel, the highest sequence number that fell out of its buffer. */
  private evicted = new Map<string, number>();
  private listeners = new Map<string, Set<Listener>>();
  private recentKeys = new Set<string>();

  /**
   * Sends a message to a channel's listeners. A `key` makes it idempotent: the same push published twice (by the
   * publisher's fast path and by its durable retry) reaches listeners once. Returns null for such a repeat.
   */
  publish(channel: string, name: string, data: unknown): RealtimeMessage;
  publish(channel: string, name: string, data: unknown, key: string | undefined): RealtimeMessage | null;
  publish(channel: string, name: string, data: unknown, key?: string): RealtimeMessage | null {
    if (key !== undefined) {
      if (this.recentKeys.has(key)) return null;
      this.recentKeys.add(key);
      if (this.recentKeys.size > REMEMBERED_KEYS) this.recentKeys.delete(this.recentKeys.values().next().value!);
    }
    const message = { id: `${this.bootId}-${++this.seq}`, channel, name, data, timestamp: Date.now() };
    const buffer = this.buffers.get(channel) ?? [];
    buffer.push(message);
    if (buffer.length > BUFFER_PER_CHANNEL) this.evicted.set(channel, sequenceOf(buffer.shift()!.id));
    this.buffers.set(channel, buffer);
    for (const listener of this.listeners.get(channel) ?? []) listener(message);
    return message;
  }

  subscribe(channelNames: string[], listener: Listener): () => void {
    for (const channel of channelNames) {
      if (!this.listeners.has(channel)) this.listeners.set(channel, new Set());
      this.listeners.get(channel)!.add(listener);
    }
    return () => {
      for (const channel of channelNames) {
        const set = this.listeners.get(channel);
        set?.delete(listener);
        if (set?.size === 0) this.listeners.delete(channel);
      }
    };
  }

  /**
   * What the channels received after `lastEventId`, in order; `complete: false` when that cannot be told (another
   * boot, or messages already gone from a buffer), and the browser must re-read its state instead.
   */
  since(channelNames: string[], lastEventId: string): { complete: boolean; messages: RealtimeMessage[] } {
    const [boot, seqText] = lastEventId.split("-");
    const last = Number(seqText);
    if (boot !== this.bootId || !Number.isInteger(last) || last > this.seq) return { complete: false, messages: [] };
    if (channelNames.some((channel) => (this.evicted.get(channel) ?? 0) > last)) return { complete: false, messages: [] };
    const messages = channelNames
      .flatMap((channel) => this.buffers.get(channel) ?? [])
      .filter((message) => sequenceOf(message.id) > last)
      .sort((a, b) => sequenceOf(a.id) - sequenceOf(b.id));
    return { complete: true, messages };
  }

  /** How many listeners are attached (a closed connection must leave none behind). */
  listenerCount(): number {
    let count = 0;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }
}

function sequenceOf(id: string): number {
  return Number(id.split("-")[1]);
}

const shared = globalThis as typeof globalThis & { __pressoHub?: Hub };

export function getHub(): Hub {
  return (shared.__pressoHub ??= new Hub());
}
