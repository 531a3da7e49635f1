/**
 * What the executor needs from its host, and nothing more: a database that answers SQL. The app's runner (PGlite
 * on its own thread, or node-postgres) already has this shape, so the executor imports nothing of the app.
 */
export type SqlPort = {
  /** Runs one statement with $1-style parameters and returns its rows. */
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
};
