import { InvalidInputError } from "../../errors";
import { catalog, findEventDefinition, type CatalogEventName, type EventData } from "../../events/catalog";

/**
 * What the metrics service keeps of each event it consumes: the order it concerns, when it happened (the event's own
 * time, never when it arrived) and the few facts the figures read. Names of people other than baristas, attendee ids
 * and drink options stay out.
 */

/** The events the metrics read: every order event and the code's redemptions and returns, whatever the catalog adds. */
export type MetricsEventName = Extract<CatalogEventName, `order/${string}` | `qr/${string}`>;

const isMetricsEvent = (name: string): name is MetricsEventName => name.startsWith("order/") || name.startsWith("qr/");

/** In the catalog's order, which is also an order's life: what breaks a tie between facts of the same millisecond. */
export const metricsEvents: readonly MetricsEventName[] = catalog.map((definition) => definition.name).filter(isMetricsEvent);

export type OrderFact = {
  name: MetricsEventName;
  /** When it happened, as an ISO instant in UTC. */
  at: string;
  eventId: string;
  orderId: string;
  qrWindowId?: string;
  orderNumber?: number;
  drinkName?: string;
  station?: string;
  baristaId?: string;
  baristaName?: string;
  /** A cancellation's canceller. */
  by?: string;
  /** A cancellation's reason, the window that timed out, or why the order was rejected. */
  reason?: string;
};

/** A fact's key within its order: the same event delivered twice, or replayed under a new id, has the same key. */
export function factKey(fact: Pick<OrderFact, "name" | "at">): string {
  return `${fact.name}@${fact.at}`;
}

/** Keeps only the fields that are set, so a fact compares and stores the same however it was built. */
function compact(fact: OrderFact): OrderFact {
  return Object.fromEntries(Object.entries(fact).filter(([, value]) => value !== undefined && value !== null)) as OrderFact;
}

/**
 * The fact an event states, or null for an event the metrics do not read. Data that breaks the event's schema is an
 * error: the catalog is the contract, and a figure built on a half-understood event would be wrong without saying so.
 */
export function factFromEvent(name: string, data: unknown): OrderFact | null {
  if (!isMetricsEvent(name)) return null;
  const parsed = findEventDefinition(name)!.schema.safeParse(data);
  if (!parsed.success) throw new InvalidInputError(`${name}: the data does not match its schema (${parsed.error.issues.map((i) => i.path.join(".")).join(", ")})`);
  const instant = (iso: string) => new Date(iso).toISOString();
  const base = (at: string) => ({ name, at: instant(at), eventId: (parsed.data as { eventId: string }).eventId, orderId: (parsed.data as { orderId: string }).orderId });
  const d = parsed.data as EventData<MetricsEventName>;
  switch (name) {
    case "qr/code.redeemed": {
      const e = d as EventData<"qr/code.redeemed">;
      return compact({ ...base(e.redeemedAt), qrWindowId: e.qrWindowId });
    }
    case "qr/drink.returned": {
      const e = d as EventData<"qr/drink.returned">;
      return compact({ ...base(e.returnedAt), qrWindowId: e.qrWindowId });
    }
    case "order/started": {
      const e = d as EventData<"order/started">;
      return compact({ ...base(e.startedAt), qrWindowId: e.qrWindowId });
    }
    case "order/accepted":
      return base((d as EventData<"order/accepted">).acceptedAt);
    case "order/submitted": {
      const e = d as EventData<"order/submitted">;
      return compact({ ...base(e.submittedAt), drinkName: e.drink.name, station: e.drink.station });
    }
    case "order/queued": {
      const e = d as EventData<"order/queued">;
      return compact({ ...base(e.queuedAt), orderNumber: e.orderNumber, drinkName: e.drink.name, station: e.drink.station });
    }
    case "order/claimed": {
      const e = d as EventData<"order/claimed">;
      return compact({ ...base(e.claimedAt), orderNumber: e.orderNumber, baristaId: e.baristaId, baristaName: e.baristaName });
    }
    case "order/released": {
      const e = d as EventData<"order/released">;
      return compact({ ...base(e.releasedAt), orderNumber: e.orderNumber, baristaId: e.baristaId });
    }
    case "order/completed": {
      const e = d as EventData<"order/completed">;
      return compact({ ...base(e.completedAt), orderNumber: e.orderNumber, drinkName: e.drinkName, baristaId: e.baristaId });
    }
    case "order/recalled": {
      const e = d as EventData<"order/recalled">;
      return compact({ ...base(e.recalledAt), orderNumber: e.orderNumber, baristaId: e.baristaId, baristaName: e.baristaName });
    }
    case "order/picked-up": {
      const e = d as EventData<"order/picked-up">;
      return compact({ ...base(e.pickedUpAt), orderNumber: e.orderNumber });
    }
    case "order/cancelled": {
      const e = d as EventData<"order/cancelled">;
      return compact({ ...base(e.cancelledAt), orderNumber: e.orderNumber ?? undefined, by: e.by, reason: e.reason });
    }
    case "order/timed-out": {
      const e = d as EventData<"order/timed-out">;
      return compact({ ...base(e.timedOutAt), orderNumber: e.orderNumber ?? undefined, reason: e.window });
    }
    case "order/rejected": {
      const e = d as EventData<"order/rejected">;
      return compact({ ...base(e.rejectedAt), reason: e.reason });
    }
    default: {
      // A new order or code event in the catalog stops the build here until the metrics say what it means.
      const unread: never = name;
      throw new Error(`the metrics do not read ${String(unread)} yet`);
    }
  }
}
