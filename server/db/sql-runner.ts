/**
 * The smallest SQL surface the migrator and the health check need, over either driver:
 * PGlite in this process, or a node-postgres client for a managed database.
 */
export type SqlRunner = {
  /** Runs a script of one or more statements, without parameters. */
  exec(script: string): Promise<void>;
  /** Runs one statement with $1-style parameters and returns its rows. */
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
};
