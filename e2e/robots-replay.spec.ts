import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { HttpSession } from "../server/robots/http-session";
import { readJournalLines } from "../scripts/replay/journal-file";
import { planReplay } from "../scripts/replay/replay-plan";
import { runReplay } from "../scripts/replay/run-replay";
import { startRobots } from "../server/robots/run-robots";
import { startPressoServer } from "../scripts/testing/presso-server";
import { localDay } from "../server/shared/local-day";

/**
 * The event player end to end, on a server of its own: robots run a booth for a few seconds, the organiser
 * downloads the day's journal, and the replay plays it into a fresh event at 20x. Orders are made, none is left
 * open, and the new event's figures are the recording's.
 */

const port = Number(process.env.E2E_CRASH_PORT ?? 3197);

type Funnel = { started: number; accepted: number; submitted: number; queued: number; made: number; pickedUp: number };

test("robots make and hand over drinks, stop cleanly, and a replay of their day gives the same figures", async () => {
  test.setTimeout(300_000);
  const folder = mkdtempSync(path.join(tmpdir(), "presso-robots-"));
  const organiser = { email: "robots-organiser@e2e.test", password: randomBytes(12).toString("hex") };
  const server = await startPressoServer({
    port,
    dataDir: `${folder}/db`,
    env: { PRESSO_DEMO_ORGANISER_EMAIL: organiser.email, PRESSO_DEMO_ORGANISER_PASSWORD: organiser.password },
  });
  try {
    const staff = new HttpSession(server.url, new Map());
    await staff.signIn("staff", organiser);
    const slug = `robots-${Date.now().toString(36)}`;
    const timeZone = "Asia/Tokyo";
    await staff.mutate("admin.events.create", { slug, name: "Robot Booth", timeZone, locale: "ja-JP", qrRotationSeconds: 600, drinksPerCode: 100, maxOpenOrders: 100 });
    await staff.mutate("admin.menu.add", {
      slug,
      item: { name: "Flat White", icon: "flat-white", optionGroups: [{ name: "Milk", selection: "SINGLE", required: true, options: [{ name: "Whole", isDefault: true }, { name: "Oat" }] }] },
    });
    await staff.mutate("admin.menu.add", { slug, item: { name: "Espresso", icon: "espresso", optionGroups: [] } });

    // A few seconds of a booth: robots twenty times quicker than people.
    const lines: string[] = [];
    const robots = await startRobots({ event: slug, attendees: 4, baristas: 2, url: server.url, pace: 0.05, report: 2 }, staff, (line) => lines.push(line));
    await expect.poll(() => robots.tally.counts.pickedUp, { timeout: 90_000, message: "drinks handed over" }).toBeGreaterThanOrEqual(4);
    await robots.stop(30_000);
    await robots.finished;
    test.info().annotations.push({ type: "robots", description: lines.slice(-3).join("\n") });
    expect(robots.tally.open.size).toBe(0);
    expect(robots.tally.counts.errors).toBe(0);
    expect(lines.some((line) => /^\[\d\d:\d\d\] started \d+/.test(line))).toBe(true);
    const board = await staff.query<{ event: { storeOpen: boolean }; orders: { status: string }[] }>("board.orders", { slug });
    expect(board.orders.filter((order) => order.status === "QUEUED" || order.status === "MAKING")).toEqual([]);
    expect(board.event.storeOpen).toBe(false); // the robots opened it, and closed it again
    expect(await staff.query<{ name: string }[]>("admin.staff.list", { slug })).toEqual([]); // and went home

    // The day's journal, as the organiser downloads it from the figures page.
    const day = localDay(new Date(), timeZone);
    const response = await staff.fetch(`/admin/events/${slug}/journal.jsonl?day=${day}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${slug}-${day}-journal.jsonl"`);
    const journal = await response.text();
    const file = path.join(folder, "day.jsonl");
    writeFileSync(file, journal);
    expect((await new HttpSession(server.url, new Map()).fetch(`/admin/events/${slug}/journal.jsonl?day=${day}`)).status).toBe(401);
    const badDay = await staff.fetch(`/admin/events/${slug}/journal.jsonl?day=yesterday`);
    expect([badDay.status, await badDay.text()]).toEqual([400, "day: use a date as YYYY-MM-DD"]);

    const plan = planReplay(readJournalLines(journal), 20);
    expect(plan.orders.length).toBe(robots.tally.counts.started);
    const report = await runReplay(plan, { url: server.url, into: `${slug}-replay` }, organiser, { log: () => {} });
    test.info().annotations.push({ type: "replay", description: JSON.stringify({ recorded: report.recorded, replayed: report.replayed, differences: report.differences }) });
    expect(report.replayed).toEqual(report.recorded);
    expect(report.replayed.open).toBe(0);

    // The replay's figures are the recording's: the same orders went as far, and ended the same ways.
    const figures = async (of: string) => (await staff.query<{ funnel: Funnel }>("admin.metrics.summary", { slug: of })).funnel;
    await expect.poll(() => figures(`${slug}-replay`), { timeout: 30_000, message: "the replay's figures" }).toEqual(await figures(slug));
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
