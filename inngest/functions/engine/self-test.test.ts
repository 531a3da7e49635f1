import { describe, expect, it } from "vitest";
import { sendEvent } from "../../../server/events/send-event";
import { getRun, listRuns } from "../../embedded/inspect-runs";
import { eventually, serveAppFunctions } from "../testing/serve-app-functions";

/** The engine's self-test, served by the SDK and driven by the embedded executor. */
const app = serveAppFunctions();

describe("the engine self-test", () => {
  it("runs a step, a wait answered from inside the run, and a sleep, end to end", async () => {
    await sendEvent("engine/self-test.requested", { testId: "self-1", requestedAt: new Date().toISOString() });
    const run = await eventually(
      async () => {
        const [listed] = await listRuns(app.database.sql, { functionId: "presso-engine-self-test" });
        return listed ? getRun(app.database.sql, listed.id) : null;
      },
      (r) => r?.status === "COMPLETED",
    );
    expect(run).toMatchObject({ status: "COMPLETED", output: { testId: "self-1", confirmed: true } });
    const journal = await app.database.prisma.journalEntry.findMany({ where: { name: { startsWith: "engine/self-test" } } });
    expect(journal.map((e) => e.name).sort()).toEqual(["engine/self-test.confirmed", "engine/self-test.requested"]);
  });
});
