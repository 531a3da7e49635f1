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

function sseTransport(): Transport {
  return {
    subscribe(channel, onMessage, onState) {
      let source: EventSource | undefined;
      let lastEventId = "";
      const open = () => {
        // A new connection carries the last id it saw, so the server replays the gap (EventSource's own retries
        // send it as Last-Event-ID).
        const resume = lastEventId ? `&lastEventId=${encodeURIComponent(lastEventId)}` : "";
        source = new EventSource(`/api/realtime/sse?channel=${encodeURIComponent(channel)}${resume}`);
        source.addEventListener("ready", () => onState("live"));
        source.addEventListener("message", (event) => {
          const message = event as MessageEvent<string>;
          if (message.lastEventId) lastEventId = message.lastEventId;
          onMessage(JSON.parse(message.data) as ChannelMessage);
        });
        source.onerror = () => onState(navigator.onLine === false ? "offline" : "reconnecting");
      };
      // Phones lose the network without the socket noticing for a long while: follow the browser's own signal.
      const goOffline = () => {
        source?.close();
        onState("offline");
      };
      const goOnline = () => {
        source?.close();
        onState("reconnecting");
        open();
      };
      window.addEventListener("offline", goOffline);
      window.addEventListener("online", goOnline);
      open();
      return {
        close() {
          window.removeEventListener("offline", goOffline);
          window.removeEventListener("online", goOnline);
          source?.close();
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
