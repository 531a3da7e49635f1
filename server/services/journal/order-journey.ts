import type { Db } from "../../db/client";
import { NotFoundError } from "../../errors";

/**
 * One order's journey (Serverlesspresso's "order journey"): its journal entries in the order they happened, each
 * with the time since the step before it and who caused it. The journal keeps events as they were sent, so who
 * acted is read from each event's data; where an event does not name its actor, it is derived from the order's
 * earlier steps (see `actorOf`). Attendees appear by first name only, as on the cup.
 */

export type JourneyActor =
  | { kind: "attendee"; name: string | null }
  | { kind: "barista"; name: string | null }
  | { kind: "organiser" }
  /** Nobody acted: a window ran out (`window` says which), the store closed, or the booth's own rules decided. */
  | { kind: "timeout"; window: "submit" | "barista" }
  | { kind: "storeClosing" }
  | { kind: "booth" };

export type JourneyStep = {
  id: string;
  name: string;
  occurredAt: Date;
  /** Milliseconds since the step before it; null for the first. */
  sincePreviousMs: number | null;
  actor: JourneyActor;
  /** The facts the step's sentence speaks of (number, drink, reason, …), read from its data. */
  facts: JourneyFacts;
};

export type JourneyFacts = {
  orderNumber: number | null;
  drink: string | null;
  reason: string | null;
  drinksLeft: number | null;
};

export type OrderJourney = { orderId: string; orderNumber: number | null; steps: JourneyStep[] };

type Data = Record<string, unknown>;
const text = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : null);
const count = (value: unknown) => (typeof value === "number" ? value : null);

/** The reason the orders service gives an order it ends because the store closed (end-choosing-orders.ts). */
export const storeClosingReasonPrefix = "The store closed";

/** What the order's earlier steps tell about the people in it: the attendee's first name, each barista's name. */
type Cast = { attendeeName: string | null; baristas: Map<string, string> };

function firstName(name: string | null) {
  return name?.trim().split(/\s+/)[0] ?? null;
}

/**
 * Who caused a step. Events that name their actor are read as they are; the rest are derived:
 * - order/submitted, qr/code.redeemed: the order's attendee, named by the order/started (or queued) event;
 * - order/released, order/completed: the barista by id, named by the claim or recall that came before;
 * - order/cancelled by a barista: the event says only "barista", not which one, so no name is guessed; a cancel
 *   whose reason is the store closing is the store closing;
 * - order/picked-up: a barista taps "Picked up", but the event names nobody;
 * - order/accepted, order/queued, order/rejected, qr/drink.returned: the booth's own rules and counter.
 */
export function actorOf(name: string, data: Data, cast: Cast): JourneyActor {
  const attendee = { kind: "attendee" as const, name: cast.attendeeName };
  const baristaById = () => ({ kind: "barista" as const, name: cast.baristas.get(String(data.baristaId)) ?? null });
  switch (name) {
    case "order/started":
    case "order/submitted":
    case "qr/code.redeemed":
      return attendee;
    case "order/claimed":
    case "order/recalled":
      return { kind: "barista", name: text(data.baristaName) };
    case "order/released":
    case "order/completed":
      return baristaById();
    case "order/picked-up":
      return { kind: "barista", name: null };
    case "order/timed-out":
      return { kind: "timeout", window: data.window === "submit" ? "submit" : "barista" };
    case "order/cancelled": {
      if (text(data.reason)?.startsWith(storeClosingReasonPrefix)) return { kind: "storeClosing" };
      if (data.by === "attendee") return attendee;
      if (data.by === "organiser") return { kind: "organiser" };
      return { kind: "barista", name: null };
    }
    default:
      return { kind: "booth" };
  }
}

function factsOf(data: Data): JourneyFacts {
  const drink = data.drink && typeof data.drink === "object" ? text((data.drink as Data).name) : text(data.drinkName);
  return {
    orderNumber: count(data.orderNumber),
    drink,
    reason: text(data.reason) ?? text(data.window),
    drinksLeft: count(data.drinksLeft),
  };
}

/** Turns the entries (in time order) into steps. */
export function toJourney(orderId: string, entries: { id: string; name: string; occurredAt: Date; data: unknown }[]): OrderJourney {
  // The cast is learnt from the whole story first: the code is redeemed before order/started names the attendee.
  const cast: Cast = { attendeeName: null, baristas: new Map() };
  let orderNumber: number | null = null;
  for (const entry of entries) {
    const data = (entry.data ?? {}) as Data;
    cast.attendeeName ??= firstName(text(data.attendeeName));
    if (text(data.baristaId) && text(data.baristaName)) cast.baristas.set(String(data.baristaId), String(data.baristaName));
    orderNumber ??= count(data.orderNumber);
  }
  let previous: Date | null = null;
  const steps = entries.map((entry) => {
    const data = (entry.data ?? {}) as Data;
    const step: JourneyStep = {
      id: entry.id,
      name: entry.name,
      occurredAt: entry.occurredAt,
      sincePreviousMs: previous ? entry.occurredAt.getTime() - previous.getTime() : null,
      actor: actorOf(entry.name, data, cast),
      facts: factsOf(data),
    };
    previous = entry.occurredAt;
    return step;
  });
  return { orderId, orderNumber, steps };
}

/** The journey of an order of this conference event; an order the journal has not seen here is not found. */
export async function readOrderJourney(db: Db, input: { eventId: string; orderId: string }): Promise<OrderJourney> {
  const entries = await db.journalEntry.findMany({
    where: { eventId: input.eventId, orderId: input.orderId },
    orderBy: [{ occurredAt: "asc" }, { recordedAt: "asc" }],
  });
  if (entries.length === 0) throw new NotFoundError("The journal has nothing about this order at this event");
  return toJourney(input.orderId, entries);
}
