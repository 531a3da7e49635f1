"use client";
import { useConnectionState } from "../../../realtime/realtime-provider";
import { useOnline } from "../../../use-online";

/**
 * A board tap is sent at once or not at all. React Query's default pauses a mutation while the browser is offline
 * and sends it when the network returns, so a "Make" tapped in a dead spot would claim a drink minutes later
 * without the barista knowing. With networkMode "always" it fails at once instead, and is never retried.
 */
export const sendNowOrFail = { networkMode: "always", retry: false } as const;

/** The words every screen part uses for a tap that could not be sent. */
export const offlineNotSent = "Offline: not sent";

/** Whether a tap can reach the server now: the browser has a network and the live connection is not offline. */
export function useCanSend(): boolean {
  const online = useOnline();
  const connection = useConnectionState();
  return online && connection !== "offline";
}

/**
 * A plain message for a failed tap. A tRPC error that carries no `data` never got an answer from the server (the
 * request did not leave, or its answer was lost), so the tap is said to be not sent: the board re-reads itself
 * when the network is back and shows what really happened.
 */
export function failureMessage(error: { message: string; data?: unknown }, what: string): string {
  if (error.data == null) return `${offlineNotSent}: ${what} did not reach the server. Tap it again when you are back online.`;
  return error.message;
}
