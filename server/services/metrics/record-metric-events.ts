import type { Db } from "../../db/client";
import { foldOrder } from "./fold-order";
import { factFromEvent, factKey, type OrderFact } from "./order-facts";

export type ReceivedEvent = { name: string; data: unknown };

/**
 * Adds what events say to their orders' metrics rows; returns how many facts were new. Per order, in one transaction:
 * the new facts are merged into the row's set (an upsert that locks the row, so two runs for one order take turns),
 * then every column is folded again from the whole set. A fact already there (a duplicate, a replay) writes nothing;
 * a late one lands among the others by its own time. Takes a list so that Inngest's batchEvents can hand over a
 * batch later: one transaction per order in it.
 */
export async function recordMetricEvents(db: Db, events: readonly ReceivedEvent[]): Promise<number> {
  const byOrder = new Map<string, OrderFact[]>();
  for (const event of events) {
    const fact = factFromEvent(event.name, event.data);
    if (fact) byOrder.set(fact.orderId, [...(byOrder.get(fact.orderId) ?? []), fact]);
  }
  let added = 0;
  for (const [orderId, facts] of byOrder) added += await recordOrderFacts(db, orderId, facts);
  return added;
}

async function recordOrderFacts(db: Db, orderId: string, facts: OrderFact[]): Promise<number> {
  const incoming = Object.fromEntries(facts.map((fact) => [factKey(fact), fact]));
  const keys = Object.keys(incoming);
  const earliest = facts.reduce((min, fact) => (fact.at < min ? fact.at : min), facts[0]!.at);
  return db.$transaction(async (tx) => {
    // The row's facts before and after the merge; no row back means every fact was already there.
    const merged = await tx.$queryRaw<{ facts: Record<string, OrderFact>; known: number }[]>`
      WITH before AS (SELECT facts FROM "OrderMetric" WHERE "orderId" = ${orderId})
      INSERT INTO "OrderMetric" ("orderId", "eventId", facts, "firstAt", outcome, "updatedAt")
      VALUES (${orderId}, ${facts[0]!.eventId}, ${JSON.stringify(incoming)}::jsonb, ${earliest}::timestamptz AT TIME ZONE 'UTC', 'STARTED', now())
      ON CONFLICT ("orderId") DO UPDATE SET facts = "OrderMetric".facts || EXCLUDED.facts
        WHERE NOT ("OrderMetric".facts ?& ${keys}::text[])
      RETURNING facts, (SELECT count(*)::int FROM before, jsonb_object_keys(before.facts) k WHERE k = ANY(${keys}::text[])) AS known`;
    const row = merged[0];
    if (!row) return 0;
    await tx.orderMetric.update({ where: { orderId }, data: foldOrder(Object.values(row.facts)) });
    return keys.length - row.known;
  });
}
