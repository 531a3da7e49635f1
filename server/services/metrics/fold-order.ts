import { factFromEvent, factKey, metricsEvents, type MetricsEventName, type OrderFact } from "./order-facts";

/**
 * One order's facts folded into its metrics row. The facts are sorted by their own time first, so any delivery order,
 * any duplicate and any replay give the same row; the database path (record-metric-events.ts) and the pure path
 * (metricsFromEvents) both go through here.
 *
 * The rules, in plain words:
 * - Timestamps are those of the order's first started, accepted, submitted, queued, claim, pickup events.
 * - "Ready" (completedAt) is the last completion, unless a recall came after it: a recalled drink was not ready.
 * - Make time adds up each stretch the drink was being made: from a claim (or a recall) to the completion that
 *   followed it. A claim that ended in a release made nothing and is not counted (it is counted as a release).
 *   So claimed 10:00, ready 10:01, recalled 10:02, ready 10:02:30 makes 90 s, not 150 s.
 * - Wait time runs from queued to ready for good (the last completion), so a recall lengthens the attendee's wait.
 * - The barista is the one who completed it last, named from their claim or recall.
 * - An order ends once: pickup, cancellation, timeout or rejection; whichever comes first in time wins, and the
 *   order's lifecycle events after it change nothing.
 */

export type OrderOutcome = "STARTED" | "QUEUED" | "MAKING" | "READY" | "PICKED_UP" | "CANCELLED" | "TIMED_OUT" | "REJECTED";

export type OrderMetricRow = {
  orderId: string;
  eventId: string;
  firstAt: Date;
  qrWindowId: string | null;
  orderNumber: number | null;
  drinkName: string | null;
  station: string | null;
  baristaId: string | null;
  baristaName: string | null;
  redeemedAt: Date | null;
  drinkReturnedAt: Date | null;
  startedAt: Date | null;
  acceptedAt: Date | null;
  submittedAt: Date | null;
  queuedAt: Date | null;
  claimedAt: Date | null;
  completedAt: Date | null;
  pickedUpAt: Date | null;
  endedAt: Date | null;
  outcome: OrderOutcome;
  endedBy: string | null;
  endReason: string | null;
  releases: number;
  recalls: number;
  waitSeconds: number | null;
  makeSeconds: number | null;
};

/** Where an event sits in an order's life, to order facts of the same millisecond. */
const stage = new Map<MetricsEventName, number>(metricsEvents.map((name, index) => [name, index]));

const ending: Partial<Record<MetricsEventName, OrderOutcome>> = {
  "order/picked-up": "PICKED_UP",
  "order/cancelled": "CANCELLED",
  "order/timed-out": "TIMED_OUT",
  "order/rejected": "REJECTED",
};

const ended = (outcome: OrderOutcome) => outcome === "PICKED_UP" || outcome === "CANCELLED" || outcome === "TIMED_OUT" || outcome === "REJECTED";

function inTimeOrder(a: OrderFact, b: OrderFact): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  const byStage = stage.get(a.name)! - stage.get(b.name)!;
  return byStage !== 0 ? byStage : factKey(a) < factKey(b) ? -1 : factKey(a) > factKey(b) ? 1 : 0;
}

const seconds = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 100) / 10;

export function foldOrder(facts: readonly OrderFact[]): OrderMetricRow {
  if (facts.length === 0) throw new Error("an order's metrics need at least one fact");
  const sorted = [...new Map(facts.map((fact) => [factKey(fact), fact])).values()].sort(inTimeOrder);
  const first = sorted[0]!;
  const row: OrderMetricRow = {
    orderId: first.orderId,
    eventId: first.eventId,
    firstAt: new Date(first.at),
    qrWindowId: null,
    orderNumber: null,
    drinkName: null,
    station: null,
    baristaId: null,
    baristaName: null,
    redeemedAt: null,
    drinkReturnedAt: null,
    startedAt: null,
    acceptedAt: null,
    submittedAt: null,
    queuedAt: null,
    claimedAt: null,
    completedAt: null,
    pickedUpAt: null,
    endedAt: null,
    outcome: "STARTED",
    endedBy: null,
    endReason: null,
    releases: 0,
    recalls: 0,
    waitSeconds: null,
    makeSeconds: null,
  };
  const namesById = new Map(sorted.flatMap((f) => (f.baristaId && f.baristaName ? [[f.baristaId, f.baristaName] as const] : [])));
  // The stretch being made right now: opened by a claim or a recall, closed by a completion or a release.
  let makingSince: Date | null = null;
  let madeFor = 0;
  let madeKnown = true;

  for (const fact of sorted) {
    const at = new Date(fact.at);
    row.qrWindowId ??= fact.qrWindowId ?? null;
    row.orderNumber ??= fact.orderNumber ?? null;
    row.drinkName ??= fact.drinkName ?? null;
    row.station ??= fact.station ?? null;
    if (fact.name === "qr/code.redeemed") row.redeemedAt ??= at;
    if (fact.name === "qr/drink.returned") row.drinkReturnedAt ??= at;
    if (fact.name.startsWith("qr/") || ended(row.outcome)) continue;

    switch (fact.name) {
      case "order/started":
        row.startedAt ??= at;
        break;
      case "order/accepted":
        row.acceptedAt ??= at;
        break;
      case "order/submitted":
        row.submittedAt ??= at;
        break;
      case "order/queued":
        row.queuedAt ??= at;
        if (row.outcome === "STARTED") row.outcome = "QUEUED";
        break;
      case "order/claimed":
        row.claimedAt ??= at;
        makingSince = at;
        row.outcome = "MAKING";
        break;
      case "order/released":
        row.releases += 1;
        makingSince = null;
        row.outcome = "QUEUED";
        break;
      case "order/recalled":
        row.recalls += 1;
        row.completedAt = null;
        makingSince = at;
        row.outcome = "MAKING";
        break;
      case "order/completed":
        if (makingSince) madeFor += at.getTime() - makingSince.getTime();
        else madeKnown = false; // its claim never reached the metrics
        makingSince = null;
        row.completedAt = at;
        row.baristaId = fact.baristaId ?? null;
        row.baristaName = fact.baristaId ? (namesById.get(fact.baristaId) ?? null) : null;
        row.outcome = "READY";
        break;
      default: {
        row.outcome = ending[fact.name] ?? row.outcome;
        row.endedAt = at;
        if (fact.name === "order/picked-up") row.pickedUpAt = at;
        row.endedBy = fact.by ?? null;
        row.endReason = fact.reason ?? null;
      }
    }
  }
  if (row.completedAt) {
    if (row.queuedAt) row.waitSeconds = seconds(row.queuedAt, row.completedAt);
    if (madeKnown) row.makeSeconds = Math.round(madeFor / 100) / 10;
  }
  return row;
}

/**
 * The pure path, for tests and tools: recorded events (as the journal keeps them, in any order, duplicates and all)
 * folded into one row per order, by order id. Events the metrics do not read are skipped.
 */
export function metricsFromEvents(events: readonly { name: string; data: unknown }[]): Map<string, OrderMetricRow> {
  const factsByOrder = new Map<string, OrderFact[]>();
  for (const event of events) {
    const fact = factFromEvent(event.name, event.data);
    if (!fact) continue;
    factsByOrder.set(fact.orderId, [...(factsByOrder.get(fact.orderId) ?? []), fact]);
  }
  return new Map([...factsByOrder].map(([orderId, facts]) => [orderId, foldOrder(facts)]));
}
