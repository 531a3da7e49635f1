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

export function openSseStream(options: {
  hub: Hub;
  channels: string[];
  lastEventId: string | null;
  signal: AbortSignal;
  heartbeatMs?: number;
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
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        signal.removeEventListener("abort", cleanup);
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      signal.addEventListener("abort", cleanup);
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
