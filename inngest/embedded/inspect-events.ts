import type { SqlPort } from "./ports";

/** An event as the executor received it: its id, name and data, and when it arrived. */
export type ReceivedEvent = { id: string; name: string; data: Record<string, unknown>; receivedAt: Date };

/**
 * The events the executor has received, oldest first, by name or id: what a test's event sink and an operator
 * tracing one event read. Through the SQL port, like the run inspector.
 */
export async function listReceivedEvents(sql: SqlPort, filter: { name?: string; id?: string; limit?: number } = {}): Promise<ReceivedEvent[]> {
  const rows = await sql.query<{ id: string; name: string; payload: { data?: Record<string, unknown> }; receivedAt: number }>(
    `SELECT id, name, payload, (extract(epoch FROM "receivedAt") * 1000)::float8 AS "receivedAt"
       FROM engine."EngineEvent"
      WHERE ($1::text IS NULL OR name = $1::text) AND ($2::text IS NULL OR id = $2::text)
      ORDER BY "receivedAt", id
      LIMIT $3::int`,
    [filter.name ?? null, filter.id ?? null, Math.min(Math.max(filter.limit ?? 1000, 1), 10_000)],
  );
  return rows.map((row) => ({ id: row.id, name: row.name, data: row.payload.data ?? {}, receivedAt: new Date(row.receivedAt) }));
}
