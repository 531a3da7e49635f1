import type { Hub, RealtimeMessage } from "./hub";

/**
 * A Server-Sent Events response for a set of channels: replays what the browser missed since its Last-Event-ID
 * (or tells it to re-read when that cannot be done), then streams new messages, with a heartbeat comment so
 * proxies and phones keep the connection, and lets go of the hub when the browser goes away.
 */

const encoder = new TextEncoder();

export function frame(message: RealtimeMessage): string {
  const payload = { channel: message.channel, name: message.name, data: message.data, timestamp: message.timestamp };
  return `id: ${message.id}\nevent: message\ndata: ${JSON.stringify(payload)}\n\n`;
}

/**
 * Open streams counted by key (a user, a client address), so one caller cannot hold the server's connections and
 * timers. A stream takes a slot under each of its keys, all or none, and gives them back when it closes. Kept on
 * globalThis like the hub: one count per process, whichever route bundle opened the stream.
 */
export class StreamSlots {
  private readonly open = new Map<string, number>();

  /** Takes a slot under every key within its limit; null (nothing taken) when one of them is full. */
  take(claims: { key: string; limit: number }[]): (() => void) | null {
    if (claims.some(({ key, limit }) => this.count(key) >= limit)) return null;
    for (const { key } of claims) this.open.set(key, this.count(key) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const { key } of claims) {
        const left = this.count(key) - 1;
        if (left > 0) this.open.set(key, left);
        else this.open.delete(key);
      }
    };
  }

  count(key: string): number {
    return this.open.get(key) ?? 0;
  }
}

/**
 * Streams one caller may hold open. A screen takes one per channel it follows (the barista board two, an order
 * page one) and a browser opens at most six to one server over HTTP/1.1. A staff account is often shared by a
 * booth's tablets and its screen, so it gets more. Guest accounts cost nothing to make, so a guest's client address
 * is counted too; phones on a booth's network each have their own, so the limit per address stays generous.
 */
export const streamLimits = { perGuest: 6, perStaff: 16, perGuestAddress: 20 };

/** Seconds a refused browser is asked to wait: slots come back as soon as another tab or screen closes. */
export const streamRetryAfterSeconds = 10;

/** The slots a stream takes: its user's, and for a guest its client address's. */
export function streamClaims(caller: { kind: "guest" | "staff"; userId: string }, clientAddress: string) {
  if (caller.kind === "staff") return [{ key: `user:${caller.userId}`, limit: streamLimits.perStaff }];
  return [
    { key: `user:${caller.userId}`, limit: streamLimits.perGuest },
    { key: `guest-address:${clientAddress}`, limit: streamLimits.perGuestAddress },
  ];
}

const shared = globalThis as typeof globalThis & { __pressoSseSlots?: StreamSlots };

export function getStreamSlots(): StreamSlots {
  return (shared.__pressoSseSlots ??= new StreamSlots());
}

export function openSseStream(options: {
  hub: Hub;
  channels: string[];
  lastEventId: string | null;
  signal: AbortSignal;
  heartbeatMs?: number;
  /** Runs once when the stream ends, however it ends (the browser goes away, the reader cancels). */
  onClose?: () => void;
}): Response {
  const { hub, channels, lastEventId, signal } = options;
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      // Subscribe first, then replay: a message published in between is not lost (duplicates are skipped by id).
      const delivered = new Set<string>();
      const unsubscribe = hub.subscribe(channels, (message) => {
        if (!delivered.has(message.id)) send(frame(message));
      });
      send("retry: 2000\n\n");
      if (lastEventId) {
        const missed = hub.since(channels, lastEventId);
        if (!missed.complete) send(`event: resync\ndata: {}\n\n`);
        for (const message of missed.messages) {
          delivered.add(message.id);
          send(frame(message));
        }
      }
      send(`event: ready\ndata: ${JSON.stringify({ channels })}\n\n`);
      const heartbeat = setInterval(() => send(": ping\n\n"), options.heartbeatMs ?? 15_000);
      let closed = false;
      cleanup = () => {
        if (closed) return; // an abort and a cancel can both arrive
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        signal.removeEventListener("abort", cleanup);
        options.onClose?.();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      // A browser that left before the stream started sends no abort event any more.
      if (signal.aborted) cleanup();
      else signal.addEventListener("abort", cleanup);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
