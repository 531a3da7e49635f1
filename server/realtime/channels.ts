/**
 * Realtime channel names, in one place (ARCHITECTURE §7). `:`-separated segments, as Ably's capability wildcards
 * expect: `event:{eventId}:board` for staff (whole orders), `event:{eventId}:display` for the booth screen
 * (order numbers, first names, the code window's state: never a secret), `event:{eventId}:queue` for attendees with an
 * order there (that the queue moved, by order number only: enough for a phone to re-read its place; that the menu changed, for a
 * phone choosing a drink), `order:{orderId}`
 * for that attendee only.
 * It imports nothing, so browser screens import it too and subscribe by the names the server publishes to.
 */

export const channels = {
  board: (eventId: string) => `event:${eventId}:board`,
  display: (eventId: string) => `event:${eventId}:display`,
  queue: (eventId: string) => `event:${eventId}:queue`,
  order: (orderId: string) => `order:${orderId}`,
};

export type ParsedChannel =
  | { kind: "board"; eventId: string }
  | { kind: "display"; eventId: string }
  | { kind: "queue"; eventId: string }
  | { kind: "order"; orderId: string };

const id = "[A-Za-z0-9_-]{1,64}";
const boardPattern = new RegExp(`^event:(${id}):board$`);
const displayPattern = new RegExp(`^event:(${id}):display$`);
const queuePattern = new RegExp(`^event:(${id}):queue$`);
const orderPattern = new RegExp(`^order:(${id})$`);

/** Reads a channel name; null for anything that is not one of Presso's channels. */
export function parseChannel(name: string): ParsedChannel | null {
  let match = name.match(boardPattern);
  if (match) return { kind: "board", eventId: match[1]! };
  match = name.match(displayPattern);
  if (match) return { kind: "display", eventId: match[1]! };
  match = name.match(queuePattern);
  if (match) return { kind: "queue", eventId: match[1]! };
  match = name.match(orderPattern);
  if (match) return { kind: "order", orderId: match[1]! };
  return null;
}
