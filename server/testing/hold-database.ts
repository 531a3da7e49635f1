// Opens an embedded database folder in its own process and keeps it open until killed: the "other process"
// of the data-folder lock test. Usage: node --import tsx server/testing/hold-database.ts <dataDir>
import { connectDatabase } from "../db/connect";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: hold-database.ts <dataDir>");
const database = await connectDatabase({ mode: "embedded", dataDir, url: `postgresql://pglite/${dataDir}` });
await database.sql.exec(`CREATE TABLE IF NOT EXISTS held (pid int); INSERT INTO held VALUES (${process.pid});`);
process.stdout.write("holding\n");
setInterval(() => {}, 1 << 30);
