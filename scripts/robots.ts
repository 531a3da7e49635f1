// Robots for demos and load rehearsals: simulated attendees and baristas at one event of a running Presso.
// Usage: npm run robots -- --event <slug> --attendees N --baristas M [--url http://127.0.0.1:3000] [--minutes K]
// The organiser signs in from PRESSO_ORGANISER_EMAIL/PASSWORD (or the demo organiser's); Ctrl-C stops cleanly,
// a second Ctrl-C leaves at once.
import { HttpSession } from "../server/robots/http-session";
import { organiserCredentials } from "./rush/organiser-credentials";
import { UsageError } from "./rush/cli-flags";
import { parseRobotsOptions } from "./robots/robots-options";
import { startRobots } from "../server/robots/run-robots";

try {
  const options = parseRobotsOptions(process.argv.slice(2));
  const organiser = new HttpSession(options.url, new Map());
  await organiser.signIn("staff", organiserCredentials());
  const run = await startRobots(options, organiser);
  console.log("Ctrl-C stops them");
  let interrupted = false;
  process.on("SIGINT", () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.log("\nCtrl-C: the robots finish or cancel their open orders (Ctrl-C again leaves at once)");
    void run.stop();
  });
  await run.finished;
  process.exit(run.tally.open.size === 0 ? 0 : 1);
} catch (error) {
  console.error(error instanceof UsageError ? error.message : `robots: ${(error as Error).message}`);
  process.exit(error instanceof UsageError ? 2 : 1);
}
