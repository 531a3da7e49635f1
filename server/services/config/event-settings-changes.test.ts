import { describe, expect, it } from "vitest";
import { databaseWithEventSink } from "../../testing/event-sink";
import { placeOrder } from "../../testing/order-factory";
import { cloneEvent } from "./clone-event";
import { createEvent } from "./create-event";
import { addMenuItem } from "./menu";
import { updateEventSettings, updateEventSettingsInput } from "./update-event-settings";

const setup = databaseWithEventSink();
const db = () => setup.database.prisma;

describe("changing an event's settings", () => {
  it("changes only what is named and tells the screens which settings changed", async () => {
    const booth = await createEvent(db(), { slug: "settings", name: "Settings", timeZone: "UTC", locale: "en-GB" });
    const updated = await updateEventSettings(db(), { slug: "settings", changes: { drinksPerCode: 25, timeZone: "Asia/Tokyo" } }, "olivia");
    expect(updated).toMatchObject({ drinksPerCode: 25, timeZone: "Asia/Tokyo", name: "Settings", maxOpenOrders: booth.maxOpenOrders });
    const sent = (await setup.events.sent("config/changed")).filter((e) => e.eventId === booth.id);
    expect(sent).toEqual([expect.objectContaining({ changed: ["settings.drinksPerCode", "settings.timeZone"], storeOpen: false, changedBy: "olivia" })]);
  });

  it("refuses settings out of their bounds before anything is written, naming the field", () => {
    const parsed = updateEventSettingsInput.safeParse({ slug: "settings", changes: { drinksPerCode: 0, qrRotationSeconds: 5 } });
    expect(parsed.success).toBe(false);
    const fields = parsed.error!.issues.map((issue) => issue.path.join("."));
    expect(fields.sort()).toEqual(["changes.drinksPerCode", "changes.qrRotationSeconds"]);
  });

  it("says so for an event that does not exist, and announces nothing", async () => {
    const before = (await setup.events.sent("config/changed")).length;
    await expect(updateEventSettings(db(), { slug: "nowhere", changes: { drinksPerCode: 5 } }, "olivia")).rejects.toThrow('There is no event "nowhere"');
    expect(await setup.events.sent("config/changed")).toHaveLength(before);
  });
});

describe("cloning an event", () => {
  it("copies settings, the whole menu and the staff roles, never orders, and starts closed", async () => {
    const source = await createEvent(db(), { slug: "source", name: "Source", timeZone: "Asia/Tokyo", locale: "ja-JP", drinksPerCode: 7, brandColor: "#123456" });
    await db().event.update({ where: { id: source.id }, data: { storeOpen: true } });
    await addMenuItem(db(), source.id, {
      name: "Latte",
      icon: "latte",
      station: "COLD_BAR",
      optionGroups: [{ name: "Milk", selection: "SINGLE", required: true, options: [{ name: "Whole", isDefault: true }, { name: "Oat", available: false }] }],
    });
    await addMenuItem(db(), source.id, { name: "Mocha", icon: "mocha", available: false });
    const rita = await db().user.create({ data: { kind: "STAFF", email: "clone-rita@test.local", name: "Rita" } });
    await db().eventStaff.create({ data: { eventId: source.id, userId: rita.id, role: "BARISTA" } });
    await placeOrder(db(), { eventId: source.id, attendeeId: "guest-ana", status: "QUEUED" });
    expect(await db().order.count({ where: { eventId: source.id } })).toBe(1);

    const copy = await cloneEvent(db(), { from: "source", slug: "copy", name: "Copy" });
    expect(copy).toMatchObject({ slug: "copy", name: "Copy", timeZone: "Asia/Tokyo", locale: "ja-JP", drinksPerCode: 7, brandColor: "#123456", storeOpen: false });
    const menu = await db().menuItem.findMany({
      where: { eventId: copy.id },
      orderBy: { sortOrder: "asc" },
      include: { optionGroups: { include: { options: { orderBy: { sortOrder: "asc" } } } } },
    });
    expect(menu.map((item) => [item.name, item.station, item.available])).toEqual([
      ["Latte", "COLD_BAR", true],
      ["Mocha", "ESPRESSO_BAR", false],
    ]);
    expect(menu[0]!.optionGroups[0]!.options.map((o) => [o.name, o.isDefault, o.available])).toEqual([
      ["Whole", true, true],
      ["Oat", false, false],
    ]);
    expect(await db().eventStaff.findMany({ where: { eventId: copy.id }, select: { userId: true, role: true } })).toEqual([{ userId: rita.id, role: "BARISTA" }]);
    expect(await db().order.count({ where: { eventId: copy.id } })).toBe(0);
  });

  it("refuses a taken address or an unknown source and leaves nothing half-made", async () => {
    const events = await db().event.count();
    await expect(cloneEvent(db(), { from: "source", slug: "settings", name: "Taken" })).rejects.toThrow('An event with the address "settings" already exists');
    await expect(cloneEvent(db(), { from: "missing", slug: "fresh", name: "Fresh" })).rejects.toThrow('There is no event "missing"');
    expect(await db().event.count()).toBe(events);
  });
});
