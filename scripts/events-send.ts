// Sends any catalogued event through the configured engine, after checking it against the catalog.
// Usage: npm run events:send -- <name> '<json data>'
// Embedded mode reaches the running server's executor (its address is left beside the data folder).
import { existsSync, readFileSync } from "node:fs";
import { connectInngestClient, inngest } from "../inngest/client";
import { engineFile } from "../server/boot/connect-engine";
import { getConfig } from "../server/config";
import { validateEvent } from "../server/events/validate-event";

const [name, json = "{}"] = process.argv.slice(2);
if (!name) {
  console.error("usage: npm run events:send -- <event name> '<json data>'");
  process.exit(2);
}
let data: unknown;
try {
  data = JSON.parse(json);
} catch (error) {
  console.error(`the data is not JSON: ${(error as Error).message}`);
  process.exit(2);
}
const check = validateEvent(name, data);
if (!check.ok) {
  console.error(check.errors.join("\n"));
  process.exit(2);
}
const event = { name, data: check.data, v: String(check.definition.version) };
const config = getConfig();

if (config.workflows.mode === "embedded") {
  const file = engineFile(config);
  if (!file || !existsSync(file)) {
    console.error(`no running Presso server holds the embedded database ${config.database.mode === "embedded" ? config.database.dataDir : ""}: start it first (npm run demo)`);
    process.exit(1);
  }
  const { url, eventKey } = JSON.parse(readFileSync(file, "utf8")) as { url: string; eventKey: string };
  const response = await fetch(`${url}e/${eventKey}`, { method: "POST", body: JSON.stringify([event]) });
  const body = (await response.json()) as { ids?: string[]; error?: string };
  if (!response.ok) {
    console.error(`the executor refused the event: ${body.error ?? response.status}`);
    process.exit(1);
  }
  console.log(`sent ${name} (id ${body.ids?.[0]}) to the embedded executor`);
} else {
  connectInngestClient(config.workflows.mode === "inngest-dev" ? { mode: "inngest-dev", baseUrl: config.workflows.url } : { mode: "cloud" });
  const { ids } = await inngest.send(event);
  console.log(`sent ${name} (id ${ids[0]}) to ${config.workflows.mode}`);
}
