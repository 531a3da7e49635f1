// Applies the committed migrations to the configured database (DATABASE_URL, or the embedded folder) with the
// app's own migrator: works offline, records them exactly as `prisma migrate deploy` does.
import { getConfig } from "../server/config";
import { connectDatabase } from "../server/db/connect";
import { applyMigrations, readMigrations } from "../server/db/migrate";

const config = getConfig();
const database = await connectDatabase(config.database);
try {
  const applied = await applyMigrations(database.sql, await readMigrations());
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "no pending migrations");
} finally {
  await database.close();
}
