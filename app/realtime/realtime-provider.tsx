"use client";
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";

/**
 * One realtime API for every screen, whichever transport the server uses: Server-Sent Events from this server
 * (the default) or Ably (token auth from /api/realtime/token). Screens call `useChannel(channel, onMessage,
 * onConnected)` and read `useConnectionState()`; `onConnected` runs on every connect and reconnect so the
 * screen re-reads its state and a message lost in a gap never leaves it stale.
 */

export type RealtimeMode = "local" | "ably";
export type ConnectionState = "connecting" | "live" | "reconnecting" | "offline";
export type ChannelMessage = { channel: string; name: string; data: unknown; timestamp: number };

type Subscription = { close(): void };
type Transport = {
  subscribe(channel: string, onMessage: (message: ChannelMessage) => void, onState: (state: ConnectionState) => void): Subscription;
};

const RealtimeContext = createContext<{ transport: Transport; state: ConnectionState; setState(state: ConnectionState): void } | null>(null);

/**
 * A refused stream is tried again after this, doubling at each refusal up to the cap. EventSource gives up for good
 * on any answer but 200 (429 too many streams, 401, 403) and cannot say which; the server asks a refused browser
 * to wait 10 s (streamRetryAfterSeconds), so no retry comes sooner.
 */
const refusedRetry = { firstMs: 10_000, maxMs: 120_000 };

/**
 * The wait after `refusals` refusals in a row: never under the step, up to half again at random, so that the
 * screens of a booth refused together do not all come back in the same second.
 */
export function refusedRetryDelay(refusals: number, random: () => number = Math.random): number {
  const step = Math.min(refusedRetry.firstMs * 2 ** refusals, refusedRetry.maxMs);
  return step + (random() * step) / 2;
}

type Listener = { onMessage(message: ChannelMessage): void; onState(state: ConnectionState): void };

/** One EventSource per channel however many parts of a page listen to it (the barista's board and menu share one). */
export function sseTransport(): Transport {
  const streams = new Map<string, { add(listener: Listener): Subscription }>();
  return {
    subscribe(channel, onMessage, onState) {
      let stream = streams.get(channel);
      if (!stream) {
        stream = sseStream(channel, () => streams.delete(channel));
        streams.set(channel, stream);
      }
      return stream.add({ onMessage, onState });
    },
  };
}

function sseStream(channel: string, onEmpty: () => void) {
  const listeners = new Set<Listener>();
  let state: ConnectionState = "connecting";
  let source: EventSource | undefined;
  let lastEventId = "";
  let refusals = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const report = (next: ConnectionState) => {
    state = next;
    for (const listener of [...listeners]) listener.onState(next);
  };
  const stop = () => {
    clearTimeout(retry);
    source?.close();
  };
  const open = () => {
    stop();
    // A new connection carries the last id it saw, so the server replays the gap (EventSource's own retries
    // send it as Last-Event-ID).
    const resume = lastEventId ? `&lastEventId=${encodeURIComponent(lastEventId)}` : "";
    const current = new EventSource(`/api/realtime/sse?channel=${encodeURIComponent(channel)}${resume}`);
    source = current;
    current.addEventListener("ready", () => {
      refusals = 0;
      report("live");
    });
    current.addEventListener("message", (event) => {
      const message = event as MessageEvent<string>;
      if (message.lastEventId) lastEventId = message.lastEventId;
      const parsed = JSON.parse(message.data) as ChannelMessage;
      for (const listener of [...listeners]) listener.onMessage(parsed);
    });
    current.onerror = () => {
      report(navigator.onLine === false ? "offline" : "reconnecting");
      // CONNECTING: a dropped connection the browser retries itself. CLOSED: a refusal, after which it never would.
      if (current.readyState === EventSource.CLOSED) retry = setTimeout(open, refusedRetryDelay(refusals++));
    };
  };
  // Phones lose the network without the socket noticing for a long while: follow the browser's own signal.
  const goOffline = () => {
    stop();
    report("offline");
  };
  const goOnline = () => {
    report("reconnecting");
    open();
  };
  window.addEventListener("offline", goOffline);
  window.addEventListener("online", goOnline);
  open();

  return {
    add(listener: Listener): Subscription {
      listeners.add(listener);
      // A part of the page joining a stream already live hears so at once, and re-reads like on any connect.
      if (state !== "connecting") listener.onState(state);
      return {
        close() {
          if (!listeners.delete(listener) || listeners.size > 0) return;
          window.removeEventListener("offline", goOffline);
          window.removeEventListener("online", goOnline);
          stop();
          onEmpty();
        },
      };
    },
  };
}

function ablyTransport(): Transport {
  // Loaded only in Ably mode, so the SSE default never ships Ably's client.
  const client = import("ably").then((Ably) => new Ably.Realtime({ authUrl: "/api/realtime/token", autoConnect: true }));
  return {
    subscribe(channel, onMessage, onState) {
      let closed = false;
      let release = () => {};
      void client.then((realtime) => {
        if (closed) return;
        const mapState = (state: string) => {
          if (state === "connected") onState("live");
          else if (state === "disconnected" || state === "connecting") onState("reconnecting");
          else if (state === "suspended" || state === "failed" || state === "closed") onState("offline");
        };
        realtime.connection.on((change) => mapState(change.current));
        mapState(realtime.connection.state);
        const ablyChannel = realtime.channels.get(channel);
        const listener = (message: { name?: string; data?: unknown; timestamp?: number }) =>
          onMessage({ channel, name: message.name ?? "", data: message.data, timestamp: message.timestamp ?? Date.now() });
        const attach = async (retried: boolean): Promise<void> => {
          try {
            await ablyChannel.subscribe(listener);
          } catch (error) {
            // A channel the token does not cover yet (an order started after the token was issued): a new token
            // lists it, so ask for one and try once more.
            if (retried || (error as { code?: number }).code !== 40160) throw error;
            await realtime.auth.authorize();
            return attach(true);
          }
        };
        attach(false).catch(() => onState("offline"));
        release = () => ablyChannel.unsubscribe(listener);
      });
      return {
        close() {
          closed = true;
          release();
        },
      };
    },
  };
}

export function RealtimeProvider({ mode, children }: { mode: RealtimeMode; children: ReactNode }) {
  const [transport] = useState<Transport>(() => (mode === "ably" ? ablyTransport() : sseTransport()));
  const [state, setState] = useState<ConnectionState>("connecting");
  return <RealtimeContext.Provider value={{ transport, state, setState }}>{children}</RealtimeContext.Provider>;
}

export function useConnectionState(): ConnectionState {
  return useContext(RealtimeContext)?.state ?? "offline";
}

export function useChannel(channel: string | null, onMessage: (message: ChannelMessage) => void, onConnected?: () => void): void {
  const context = useContext(RealtimeContext);
  const handlers = useRef({ onMessage, onConnected });
  useEffect(() => {
    handlers.current = { onMessage, onConnected };
  });
  useEffect(() => {
    if (!context || !channel) return;
    let previous: ConnectionState = "connecting";
    const subscription = context.transport.subscribe(
      channel,
      (message) => handlers.current.onMessage(message),
      (state) => {
        context.setState(state);
        if (state === "live" && previous !== "live") handlers.current.onConnected?.();
        previous = state;
      },
    );
    return () => subscription.close();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the transport and setter are stable for the provider's life
  }, [channel, context?.transport]);
}
