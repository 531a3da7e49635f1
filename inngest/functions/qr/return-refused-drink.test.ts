import { describe, expect, it } from "vitest";
import { sendEvent } from "../../../server/events/send-event";
import { sendStagedEvents } from "../../../server/events/outbox";
import { createEvent } from "../../../server/services/config/create-event";
import { currentWindow } from "../../../server/services/qr/current-window";
import { redeemCode } from "../../../server/services/qr/redeem-code";
import { listRuns } from "../../embedded/inspect-runs";
import { eventually, serveAppFunctions } from "../testing/serve-app-functions";

/** The QR service's reaction to a refusal, served by the SDK and driven by the embedded executor. */
const app = serveAppFunctions();

describe("a refused order", () => {
  it("gives its drink back to the code's window once, even when the refusal is delivered twice", async () => {
    const db = app.database.prisma;
    const booth = await createEvent(db, { slug: "refusals", name: "Refusals", timeZone: "UTC", locale: "en" });
    const window = await currentWindow(db, { eventId: booth.id, drinksPerCode: 5, qrRotationSeconds: 3600 }, new Date());
    await redeemCode(db, { eventId: booth.id, code: window.code, orderId: "refused-1", attendeeId: "guest-1" });
    await sendStagedEvents(db);
    const drinksLeft = () => db.qrWindow.findUniqueOrThrow({ where: { id: window.id } }).then((w) => w.drinksLeft);
    expect(await drinksLeft()).toBe(4);

    const refusal = {
      eventId: booth.id,
      orderId: "refused-1",
      attendeeId: "guest-1",
      reason: "store-closed",
      retryAfter: null,
      rejectedAt: new Date().toISOString(),
    } as const;
    await sendEvent("order/rejected", refusal, { id: "refusal-1" });
    await sendEvent("order/rejected", refusal, { id: "refusal-1-again" });
    await eventually(drinksLeft, (left) => left === 5);
    await app.harness.executor!.engine.whenIdle();

    expect(await drinksLeft()).toBe(5);
    const runs = await listRuns(app.database.sql, { functionId: "presso-qr-return-refused-drink" });
    expect(runs.map((run) => run.status)).toEqual(["COMPLETED", "COMPLETED"]);
    expect((await db.journalEntry.findMany({ where: { name: "qr/drink.returned", orderId: "refused-1" } })).length).toBe(1);
  });
});
