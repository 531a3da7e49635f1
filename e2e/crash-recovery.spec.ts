import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { expect, test } from "@playwright/test";
import { HttpSession } from "../server/robots/http-session";
import { startPressoServer, type PressoServer } from "../scripts/testing/presso-server";

/**
 * A booth laptop that loses power while phones start orders: a server of its own on its own data folder, killed
 * with SIGKILL while starts are in flight, then started again on the same folder. No order may be half-made: each
 * is either gone (its drink back on the code) or there with its workflow running, and every drink taken belongs
 * to an order.
 */

const port = Number(process.env.E2E_CRASH_PORT ?? 3197);
const dataDir = ".e2e-data/crash/db";
const phones = 20;

type Started = { ok: true; orderId: string } | { ok: false; error: string };
type OrderView = { id: string; status: string; submitBy: string | Date | null };

test("a server killed while orders start loses none: after a restart each order has its workflow and each drink taken has its order", async () => {
  test.setTimeout(300_000);
  rmSync(".e2e-data/crash", { recursive: true, force: true });
  const organiser = { email: "crash-organiser@e2e.test", password: randomBytes(12).toString("hex") };
  const start = () =>
    startPressoServer({ port, dataDir, env: { PRESSO_DEMO_ORGANISER_EMAIL: organiser.email, PRESSO_DEMO_ORGANISER_PASSWORD: organiser.password } });
  let server: PressoServer = await start();
  try {
    const timings = new Map<string, number[]>();
    const staff = new HttpSession(server.url, timings);
    await staff.signIn("staff", organiser);
    const slug = `crash-${Date.now().toString(36)}`;
    await staff.mutate("admin.events.create", { slug, name: "Crash Booth", timeZone: "Europe/Lisbon", locale: "pt-PT", qrRotationSeconds: 3600, drinksPerCode: 100, maxOpenOrders: 200 });
    await staff.mutate("admin.menu.add", { slug, item: { name: "Flat White", icon: "flat-white", optionGroups: [] } });
    // A store opens only with a drink to sell and a barista to make it.
    await staff.mutate("admin.staff.add", { slug, email: `${slug}-barista@e2e.test`, role: "BARISTA", newAccount: { name: "Crash Barista", password: randomBytes(12).toString("hex") } });
    await staff.mutate("board.setStoreOpen", { slug, open: true });
    // The display hides a code in its window's last seconds: a run at the top of the hour waits for the next one.
    const secondsToHour = 3600 - (Math.floor(Date.now() / 1000) % 3600);
    if (secondsToHour < 30) await new Promise((resolve) => setTimeout(resolve, (secondsToHour + 1) * 1000));
    const { window } = await staff.query<{ window: { code: string; drinksTotal: number } | null }>("display.state", { slug });
    expect(window).not.toBeNull();

    const guests = await Promise.all(
      Array.from({ length: phones }, async (_, i) => {
        const guest = new HttpSession(server.url, timings);
        await guest.signIn("guest", { name: `Phone ${i + 1}` });
        return guest;
      }),
    );
    const starts: Promise<Started>[] = guests.map((guest) =>
      guest.mutate<{ orderId: string }>("attendee.startOrder", { slug, code: window!.code }).then(
        (answer) => ({ ok: true as const, orderId: answer.orderId }),
        (error: unknown) => ({ ok: false as const, error: String(error) }),
      ),
    );
    // The first answer means starts are committing; the rest are in flight when the power goes.
    await Promise.race(starts);
    await server.stop("SIGKILL");
    const answered = await Promise.all(starts);
    const confirmed = answered.flatMap((a) => (a.ok ? [a.orderId] : []));
    test.info().annotations.push({ type: "crash", description: `${confirmed.length} of ${phones} starts confirmed before the kill` });
    expect(confirmed.length).toBeGreaterThan(0);
    expect(confirmed.length).toBeLessThan(phones); // the kill came mid-way

    server = await start();
    // Every order any phone has, once its workflow had the time to check it and open its submit window.
    const ordersOf = async (guest: HttpSession) => {
      const mine = await guest.query<{ id: string }[]>("attendee.myOrders", { slug });
      return Promise.all(mine.map((order) => guest.query<OrderView>("attendee.order", { orderId: order.id })));
    };
    let orders: OrderView[] = [];
    await expect
      .poll(
        async () => {
          orders = (await Promise.all(guests.map(ordersOf))).flat();
          return orders.filter((order) => order.status === "STARTED" && order.submitBy === null).length;
        },
        { timeout: 60_000, message: "orders still waiting for their workflow" },
      )
      .toBe(0);

    // Each order that exists has a running workflow: it was checked and its attendee may choose.
    expect(orders.every((order) => order.status === "STARTED" && order.submitBy !== null)).toBe(true);
    // An order the phone was told about is never lost.
    expect(orders.map((order) => order.id)).toEqual(expect.arrayContaining(confirmed));

    // What the data folder holds, read once the server has let go of it.
    await server.stop();
    const db = new PGlite(dataDir);
    try {
      const { rows: windowRows } = await db.query<{ taken: number }>(`SELECT "drinksTotal" - "drinksLeft" AS taken FROM "QrWindow" WHERE code = $1`, [window!.code]);
      const { rows: orderRows } = await db.query<{ id: string; admitted: boolean }>(
        `SELECT o.id, o."admittedAt" IS NOT NULL AS admitted FROM "Order" o JOIN "Event" e ON e.id = o."eventId" WHERE e.slug = $1`,
        [slug],
      );
      const { rows: runRows } = await db.query<{ orderId: string; status: string }>(
        `SELECT event->'data'->>'orderId' AS "orderId", status FROM engine."EngineRun" WHERE "functionId" = 'presso-order-lifecycle'`,
      );
      const { rows: unsent } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM "OutboxEvent"`);

      expect(orderRows.map((row) => row.id).sort()).toEqual(orders.map((order) => order.id).sort());
      // Drinks taken from the code equal orders admitted: no drink taken for an order that is gone.
      expect(orderRows.every((row) => row.admitted)).toBe(true);
      expect(windowRows[0]!.taken).toBe(orderRows.length);
      // One workflow per order, still running (each waits for its attendee's choice), and none for an order that is gone.
      const runsByOrder = new Map(runRows.map((run) => [run.orderId, run.status]));
      expect(orderRows.map((row) => runsByOrder.get(row.id))).toEqual(orderRows.map(() => "RUNNING"));
      expect(runRows.filter((run) => !orderRows.some((row) => row.id === run.orderId))).toEqual([]);
      expect(unsent[0]!.count).toBe(0);
    } finally {
      await db.close();
    }
  } finally {
    await server.stop();
  }
});
