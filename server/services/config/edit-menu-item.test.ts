import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listReceivedEvents } from "../../../inngest/embedded/inspect-events";
import { ConflictError, NotFoundError } from "../../errors";
import { placeOrder } from "../../testing/order-factory";
import { createTestDb, fingerprint } from "../../testing/test-db";
import { buildWorld, type World } from "../../testing/world";
import { moveMenuItem, placeMenuItem, removeMenuItem, updateMenuItem } from "./edit-menu-item";
import { addMenuItem, readMenu, type MenuItemDraft } from "./menu";

let world: World;
beforeAll(async () => {
  world = await buildWorld(await createTestDb());
});
afterAll(async () => world?.database.close());

const db = () => world.database.prisma;
let counter = 0;
const uniqueName = (name: string) => `${name} ${++counter}`;

/** How many config/changed events the engine has received so far, and the last one's data. */
async function configChanges() {
  const events = await listReceivedEvents(world.database.sql, { name: "config/changed" });
  return { count: events.length, last: events.at(-1)?.data };
}

/** A drink with a single-choice milk group and a multiple-choice syrup group, as the editor would send it. */
const drinkDraft = (name: string): MenuItemDraft => ({
  name,
  icon: "latte",
  description: "Espresso and steamed milk.",
  optionGroups: [
    {
      name: "Milk",
      selection: "SINGLE",
      required: true,
      options: [{ name: "Whole", isDefault: true }, { name: "Oat" }, { name: "Soy" }],
    },
    { name: "Syrup", selection: "MULTIPLE", maxChoices: 2, options: [{ name: "Vanilla" }, { name: "Caramel" }, { name: "Hazelnut" }] },
  ],
});

async function addDrink(name = uniqueName("Latte"), eventId = world.demoEventId) {
  return addMenuItem(db(), eventId, drinkDraft(name), "organiser-1");
}

/** The draft that edits a drink as it is now, ids included, for a test to change. */
function draftOf(item: Awaited<ReturnType<typeof addDrink>>) {
  return {
    name: item.name,
    icon: item.icon as MenuItemDraft["icon"],
    description: item.description,
    station: item.station,
    available: item.available,
    optionGroups: item.optionGroups.map((group) => ({
      id: group.id,
      name: group.name,
      selection: group.selection,
      required: group.required,
      maxChoices: group.maxChoices ?? undefined,
      options: group.options.map((option) => ({ id: option.id, name: option.name, isDefault: option.isDefault, available: option.available })),
    })),
  } satisfies MenuItemDraft;
}

describe("adding a drink from the console", () => {
  it("puts it at the end of the menu and tells the screens once", async () => {
    const before = await configChanges();
    const item = await addDrink(uniqueName("Chai Latte"));
    const menu = await readMenu(db(), world.demoEventId);
    expect(menu.at(-1)?.id).toBe(item.id);
    expect(await configChanges()).toEqual({ count: before.count + 1, last: expect.objectContaining({ changed: [`menu.${item.name}`], changedBy: "organiser-1" }) });
  });

  it("refuses a second drink of the same name, whatever its case, and changes and announces nothing", async () => {
    const existing = await addDrink();
    const before = await fingerprint(world.database);
    const changes = await configChanges();
    await expect(addMenuItem(db(), world.demoEventId, drinkDraft(existing.name.toUpperCase()), "organiser-1")).rejects.toThrow(
      new ConflictError(`There is already a drink called "${existing.name}" on this menu.`),
    );
    expect(await fingerprint(world.database)).toBe(before);
    expect(await configChanges()).toEqual(changes);
  });

  it("allows the same name at another event", async () => {
    const name = uniqueName("Twin");
    await addDrink(name);
    await expect(addDrink(name, world.otherEventId)).resolves.toMatchObject({ name });
  });
});

describe("the rules of a drink's option groups", () => {
  const refused = (change: (draft: ReturnType<typeof drinkDraft>) => void) => {
    const draft = structuredClone(drinkDraft(uniqueName("Rules")));
    change(draft);
    return addMenuItem(db(), world.demoEventId, draft, "organiser-1").then(
      () => [],
      (error: { issues?: { path: PropertyKey[]; message: string }[] }) => (error.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
    );
  };

  it("gives a single-choice group one default at most, and a maximum only to a multiple-choice group", async () => {
    expect(await refused((d) => (d.optionGroups![0]!.options[1]!.isDefault = true))).toEqual([["optionGroups.0.options", "a single-choice group has one default at most"]]);
    expect(await refused((d) => (d.optionGroups![0]!.maxChoices = 2))).toEqual([["optionGroups.0.maxChoices", "only a multiple-choice group has a maximum"]]);
    expect(await refused((d) => d.optionGroups![1]!.options.forEach((o) => (o.isDefault = true)))).toEqual([
      ["optionGroups.1.options", "at most 2 options can be defaults (the maximum)"],
    ]);
  });

  it("refuses two groups or two options of one name, an empty group and a picture that does not exist", async () => {
    expect(await refused((d) => (d.optionGroups![1]!.name = "milk"))).toEqual([["optionGroups.1.name", 'there is already a group called "milk"']]);
    expect(await refused((d) => (d.optionGroups![0]!.options[2]!.name = "Oat"))).toEqual([["optionGroups.0.options.2.name", 'there is already an option called "Oat"']]);
    expect(await refused((d) => (d.optionGroups![0]!.options = []))).toEqual([["optionGroups.0.options", "add at least one option"]]);
    expect(await refused((d) => (d.icon = "unicorn" as never))).toEqual([["icon", "choose one of the drink pictures"]]);
  });
});

describe("editing a drink", () => {
  it("replaces its definition in one change, keeping the ids of what it renames, and tells the screens once with both names", async () => {
    const item = await addDrink();
    const changes = await configChanges();
    const draft = draftOf(item);
    const [milk, syrup] = draft.optionGroups;
    const newName = uniqueName("Oat Latte");
    const edited = await updateMenuItem(
      db(),
      world.demoEventId,
      item.id,
      {
        ...draft,
        name: newName,
        icon: "iced-latte",
        station: "COLD_BAR",
        available: false,
        optionGroups: [
          // Syrup first now, single choice, Caramel gone; Milk renamed with Oat and Soy swapping names.
          { ...syrup!, selection: "SINGLE", maxChoices: undefined, options: [syrup!.options[0]!, { ...syrup!.options[2]!, available: false }] },
          {
            ...milk!,
            name: "Milk of choice",
            options: [{ ...milk!.options[0]! }, { ...milk!.options[1]!, name: "Soy" }, { ...milk!.options[2]!, name: "Oat" }, { name: "Almond" }],
          },
          { name: "Extras", selection: "MULTIPLE", options: [{ name: "Extra shot" }] },
        ],
      },
      "organiser-1",
    );

    expect(edited).toMatchObject({ id: item.id, name: newName, icon: "iced-latte", station: "COLD_BAR", available: false });
    expect(edited.optionGroups.map((g) => [g.id, g.name, g.selection, g.maxChoices, g.options.map((o) => [o.id, o.name, o.available])])).toEqual([
      [syrup!.id, "Syrup", "SINGLE", null, [[syrup!.options[0]!.id, "Vanilla", true], [syrup!.options[2]!.id, "Hazelnut", false]]],
      [
        milk!.id,
        "Milk of choice",
        "SINGLE",
        null,
        [
          [milk!.options[0]!.id, "Whole", true],
          [milk!.options[1]!.id, "Soy", true],
          [milk!.options[2]!.id, "Oat", true],
          [expect.any(String), "Almond", true],
        ],
      ],
      [expect.any(String), "Extras", "MULTIPLE", null, [[expect.any(String), "Extra shot", true]]],
    ]);
    expect(await configChanges()).toEqual({ count: changes.count + 1, last: expect.objectContaining({ changed: [`menu.${item.name}`, `menu.${newName}`] }) });
  });

  it("matches groups and options by name when the client sends no ids", async () => {
    const item = await addDrink();
    const draft = drinkDraft(item.name);
    draft.optionGroups!.reverse();
    const edited = await updateMenuItem(db(), world.demoEventId, item.id, draft, "organiser-1");
    expect(edited.optionGroups.map((g) => g.id)).toEqual(item.optionGroups.map((g) => g.id).reverse());
  });

  it("refuses another drink's name, and a drink of another event, changing and announcing nothing", async () => {
    const first = await addDrink();
    const second = await addDrink();
    const other = await addDrink(uniqueName("Elsewhere"), world.otherEventId);
    const before = await fingerprint(world.database);
    const changes = await configChanges();
    await expect(updateMenuItem(db(), world.demoEventId, second.id, { ...draftOf(second), name: first.name }, "organiser-1")).rejects.toThrow(ConflictError);
    await expect(updateMenuItem(db(), world.demoEventId, other.id, draftOf(other), "organiser-1")).rejects.toThrow(NotFoundError);
    await expect(updateMenuItem(db(), world.otherEventId, first.id, draftOf(first), "organiser-1")).rejects.toThrow(NotFoundError);
    expect(await fingerprint(world.database)).toBe(before);
    expect(await configChanges()).toEqual(changes);
  });
});

describe("moving a drink", () => {
  it("swaps it with its neighbour, numbers the menu in order, and does nothing at the end", async () => {
    const last = await addDrink();
    const ids = async () => (await readMenu(db(), world.demoEventId)).map((item) => item.id);
    const before = await ids();
    const changes = await configChanges();

    expect(await moveMenuItem(db(), world.demoEventId, last.id, "up", "organiser-1")).toEqual({ moved: true });
    const after = await ids();
    expect(after).toEqual([...before.slice(0, -2), last.id, before.at(-2)]);
    expect((await readMenu(db(), world.demoEventId)).map((item) => item.sortOrder)).toEqual([...after.keys()]);
    expect(await configChanges()).toEqual({ count: changes.count + 1, last: expect.objectContaining({ changed: ["menu.order"] }) });

    const [first] = after;
    expect(await moveMenuItem(db(), world.demoEventId, first!, "up", "organiser-1")).toEqual({ moved: false });
    expect(await ids()).toEqual(after);
    expect((await configChanges()).count).toBe(changes.count + 1);
  });

  it("cannot reach a drink of another event", async () => {
    const item = await addDrink();
    const before = await fingerprint(world.database);
    await expect(moveMenuItem(db(), world.otherEventId, item.id, "down", "organiser-1")).rejects.toThrow(NotFoundError);
    expect(await fingerprint(world.database)).toBe(before);
  });
});

describe("dragging a drink to a new place", () => {
  const ids = async (eventId = world.demoEventId) => (await readMenu(db(), eventId)).map((item) => item.id);

  it("puts it at the place it was dropped in one change, numbers the menu in order, and tells the screens once", async () => {
    const dragged = await addDrink();
    const before = await ids();
    const changes = await configChanges();

    expect(await placeMenuItem(db(), world.demoEventId, { menuItemId: dragged.id, position: 1, seenOrder: before }, "organiser-1")).toEqual({ moved: true });
    const after = await ids();
    expect(after).toEqual([before[0], dragged.id, ...before.slice(1, -1)]);
    expect((await readMenu(db(), world.demoEventId)).map((item) => item.sortOrder)).toEqual([...after.keys()]);
    expect(await configChanges()).toEqual({ count: changes.count + 1, last: expect.objectContaining({ changed: ["menu.order"] }) });
  });

  it("changes and announces nothing when it is dropped where it was", async () => {
    const menu = await ids();
    const changes = await configChanges();
    expect(await placeMenuItem(db(), world.demoEventId, { menuItemId: menu[2]!, position: 2, seenOrder: menu }, "organiser-1")).toEqual({ moved: false });
    expect(await ids()).toEqual(menu);
    expect(await configChanges()).toEqual(changes);
  });

  it("refuses a drop made on an order that changed meanwhile, saying so, and changes nothing", async () => {
    const seen = await ids();
    await moveMenuItem(db(), world.demoEventId, seen[0]!, "down", "organiser-2");
    const before = await fingerprint(world.database);
    const changes = await configChanges();
    await expect(placeMenuItem(db(), world.demoEventId, { menuItemId: seen[0]!, position: 3, seenOrder: seen }, "organiser-1")).rejects.toThrow(
      /The menu changed while you were moving this drink/,
    );
    await expect(placeMenuItem(db(), world.demoEventId, { menuItemId: seen[0]!, position: 3, seenOrder: seen }, "organiser-1")).rejects.toThrow(ConflictError);
    expect(await fingerprint(world.database)).toBe(before);
    expect(await configChanges()).toEqual(changes);
  });

  it("cannot reach a drink of another event, nor a place past the end", async () => {
    const item = await addDrink();
    const menu = await ids();
    const before = await fingerprint(world.database);
    await expect(placeMenuItem(db(), world.otherEventId, { menuItemId: item.id, position: 0, seenOrder: menu }, "organiser-1")).rejects.toThrow(NotFoundError);
    await expect(placeMenuItem(db(), world.demoEventId, { menuItemId: item.id, position: menu.length, seenOrder: menu }, "organiser-1")).rejects.toThrow(
      /a drink goes at place 0 to/,
    );
    expect(await fingerprint(world.database)).toBe(before);
  });
});

describe("removing a drink", () => {
  it("takes it and its options off the menu and tells the screens once; another event's drink is out of reach", async () => {
    const item = await addDrink();
    const changes = await configChanges();
    const before = await fingerprint(world.database);
    await expect(removeMenuItem(db(), world.otherEventId, item.id, "organiser-1")).rejects.toThrow(NotFoundError);
    expect(await fingerprint(world.database)).toBe(before);

    expect(await removeMenuItem(db(), world.demoEventId, item.id, "organiser-1")).toEqual({ id: item.id, name: item.name });
    expect((await readMenu(db(), world.demoEventId)).some((drink) => drink.id === item.id)).toBe(false);
    expect(await db().option.count({ where: { group: { menuItemId: item.id } } })).toBe(0);
    expect(await configChanges()).toEqual({ count: changes.count + 1, last: expect.objectContaining({ changed: [`menu.${item.name}`] }) });
  });

  it("leaves an order that chose it as it was, and refuses one still being chosen when it is submitted", async () => {
    const item = await addDrink();
    const attendee = world.actors.attendee as { userId: string; name: string };
    const chosen = await placeOrder(db(), { eventId: world.demoEventId, attendeeId: attendee.userId, status: "STARTED" });
    const choosing = await placeOrder(db(), { eventId: world.demoEventId, attendeeId: attendee.userId, status: "STARTED" });
    const oat = item.optionGroups[0]!.options.find((option) => option.name === "Oat")!;
    await world.caller("attendee").attendee.submitOrder({
      orderId: chosen.id,
      choice: { menuItemId: item.id, choices: [{ groupId: item.optionGroups[0]!.id, optionIds: [oat.id] }] },
    });
    const kept = (await db().order.findUniqueOrThrow({ where: { id: chosen.id } })).drink;

    await updateMenuItem(db(), world.demoEventId, item.id, { ...draftOf(item), name: uniqueName("Renamed") }, "organiser-1");
    await removeMenuItem(db(), world.demoEventId, item.id, "organiser-1");

    const order = await db().order.findUniqueOrThrow({ where: { id: chosen.id } });
    expect(order.drink).toEqual(kept);
    expect(order.drink).toMatchObject({ name: item.name, options: [{ group: "Milk", choice: "Oat" }] });
    expect(order.drinkName).toBe(item.name);
    await expect(world.caller("attendee").attendee.submitOrder({ orderId: choosing.id, choice: { menuItemId: item.id, choices: [] } })).rejects.toThrow(
      "That drink is not on this menu.",
    );
  });

  it("may take the last available drink of an open store: the booth is sold out, not closed", async () => {
    const event = await db().event.create({ data: { slug: `sold-out-${++counter}`, name: "Sold Out", timeZone: "Europe/Lisbon", locale: "en-GB" } });
    const item = await addDrink(uniqueName("Only"), event.id);
    await db().event.update({ where: { id: event.id }, data: { storeOpen: true } });
    await removeMenuItem(db(), event.id, item.id, "organiser-1");
    expect(await readMenu(db(), event.id)).toEqual([]);
    expect((await db().event.findUniqueOrThrow({ where: { id: event.id } })).storeOpen).toBe(true);
    expect((await configChanges()).last).toMatchObject({ eventId: event.id, storeOpen: true });
  });
});
