import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../auth/actor";
import { addStaffMember } from "../services/staff/membership";
import { createTestDb } from "../testing/test-db";
import { buildWorld, roles, type Role, type World } from "../testing/world";
import { createAblyTokenRequest } from "./ably-token";
import { channels } from "./channels";
import { allows, capabilityFor, type Capability } from "./policy";

let world: World;
const capabilities = new Map<Role | "display", Capability>();

beforeAll(async () => {
  world = await buildWorld(await createTestDb());
  const db = world.database.prisma;
  for (const role of roles) capabilities.set(role, await capabilityFor(db, world.actors[role], role === "attendee" ? ["order-of-ana"] : []));
  const screen = await addStaffMember(db, {
    slug: "demo",
    email: "screen@test.local",
    role: "DISPLAY",
    newAccount: { name: "Booth Screen", password: "screen-pass" },
  });
  capabilities.set("display", await capabilityFor(db, await loadActor(db, screen.userId)));
});
afterAll(async () => world?.database.close());

describe("who may listen to which channel", () => {
  const cases = () => {
    const demo = world.demoEventId;
    const other = world.otherEventId;
    return {
      "demo board": channels.board(demo),
      "demo display": channels.display(demo),
      "other board": channels.board(other),
      "other display": channels.display(other),
      "Ana's order": channels.order("order-of-ana"),
      "Bea's order": channels.order("order-of-bea"),
    };
  };
  const expected: Record<Role | "display", string[]> = {
    anonymous: [],
    attendee: ["Ana's order"],
    otherAttendee: [],
    baristaOfOtherEvent: ["other board", "other display"],
    barista: ["demo board", "demo display"],
    display: ["demo display"],
    organiser: ["demo board", "demo display", "other board", "other display"],
  };

  it.each(Object.keys(expected) as (Role | "display")[])("as %s", (role) => {
    const capability = capabilities.get(role)!;
    const allowed = Object.entries(cases())
      .filter(([, channel]) => allows(capability, channel))
      .map(([label]) => label);
    expect(allowed).toEqual(expected[role]);
  });

  it("never grants publishing, and refuses names that are not channels", () => {
    for (const capability of capabilities.values()) {
      for (const operations of Object.values(capability)) expect(operations).toEqual(["subscribe"]);
    }
    const organiser = capabilities.get("organiser")!;
    expect(allows(organiser, "event:")).toBe(false);
    expect(allows(organiser, "event:x:board:extra")).toBe(false);
    expect(allows(organiser, "somewhere:else")).toBe(false);
  });
});

describe("Ably token requests", () => {
  const key = "appId1.keyId1:c2VjcmV0LWtleS1vZi10aGUtdGVzdA";

  it("carry the user's client id and exactly their capability, signed with the key", async () => {
    const attendee = world.actors.attendee;
    if (attendee.kind === "anonymous") throw new Error("the world's attendee is signed in");
    const capability = capabilities.get("attendee")!;
    const request = await createAblyTokenRequest(key, attendee.userId, capability);
    expect(request.keyName).toBe("appId1.keyId1");
    expect(request.clientId).toBe(attendee.userId);
    expect(JSON.parse(request.capability)).toEqual({ "order:order-of-ana": ["subscribe"] });
    const signed = [request.keyName, request.ttl, request.capability, request.clientId, request.timestamp, request.nonce, ""].join("\n");
    const mac = createHmac("sha256", key.split(":")[1]!).update(signed).digest("base64");
    expect(request.mac).toBe(mac);
  });

  it("give a barista the board and display of their own event only", async () => {
    const request = await createAblyTokenRequest(key, "barista-1", capabilities.get("barista")!);
    expect(Object.keys(JSON.parse(request.capability)).sort()).toEqual(
      [channels.board(world.demoEventId), channels.display(world.demoEventId)].sort(),
    );
  });
});
