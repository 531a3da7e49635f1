// Creates an organiser account on the configured database (DATABASE_URL): the first account of a managed
// deployment, which never gets demo accounts. The password comes from PRESSO_NEW_PASSWORD or is asked for.
// Usage: DATABASE_URL=… npx tsx scripts/create-organiser.ts you@example.com "Your Name"
import { createInterface } from "node:readline/promises";
import { createStaffAccount } from "../server/auth/accounts";
import { getConfig } from "../server/config";
import { connectDatabase } from "../server/db/connect";

const [email, name] = process.argv.slice(2);
if (!email || !name) {
  console.error('usage: npx tsx scripts/create-organiser.ts <e-mail> "<name>"');
  process.exit(2);
}
let password = process.env.PRESSO_NEW_PASSWORD;
if (!password) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  password = await prompt.question("Password (8 or more characters): ");
  prompt.close();
}
const database = await connectDatabase(getConfig().database);
try {
  const user = await createStaffAccount(database.prisma, { email, name, password, isOrganiser: true });
  console.log(`organiser ${user.email} created`);
} catch (error) {
  console.error(`could not create the organiser: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
