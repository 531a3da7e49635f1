import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createAblyTokenRequest } from "./ably-token";
import { channels } from "./channels";
import { allows, capabilityFor, type Capability, type RealtimeCaller, type RealtimeScope } from "./policy";

const demo = "demo-event";
const other = "other-event";
const guest: RealtimeCaller = { kind: "guest" };
const staff: RealtimeCaller = { kind: "staff", isOrganiser: false };
const nothing: RealtimeScope = { ownedOrderIds: [], orderedAtEventIds: [], staffEvents: [] };

/** Each caller of the access table, with what server/auth would have found they may see. */
const callers = {
  anonymous: capabilityFor({ kind: "anonymous" }, nothing),
  attendee: capabilityFor(guest, { ...nothing, ownedOrderIds: ["order-of-ana"], orderedAtEventIds: [demo] }),
  otherAttendee: capabilityFor(guest, nothing),
  baristaOfOtherEvent: capabilityFor(staff, { ...nothing, staffEvents: [{ eventId: other, role: "BARISTA" }] }),
  barista: capabilityFor(staff, { ...nothing, staffEvents: [{ eventId: demo, role: "BARISTA" }] }),
  display: capabilityFor(staff, { ...nothing, staffEvents: [{ eventId: demo, role: "DISPLAY" }] }),
  organiser: capabilityFor({ kind: "staff", isOrganiser: true }, nothing),
} satisfies Record<string, Capability>;
type Caller = keyof typeof callers;

describe("who may listen to which channel", () => {
  const cases = {
    "demo board": channels.board(demo),
    "demo display": channels.display(demo),
    "other board": channels.board(other),
    "other display": channels.display(other),
    "demo queue": channels.queue(demo),
    "other queue": channels.queue(other),
    "Ana's order": channels.order("order-of-ana"),
    "Bea's order": channels.order("order-of-bea"),
  };
  const expected: Record<Caller, string[]> = {
    anonymous: [],
    attendee: ["demo queue", "Ana's order"],
    otherAttendee: [],
    baristaOfOtherEvent: ["other board", "other display"],
    barista: ["demo board", "demo display"],
    display: ["demo display"],
    organiser: ["demo board", "demo display", "other board", "other display", "demo queue", "other queue"],
  };

  it.each(Object.keys(expected) as Caller[])("as %s", (caller) => {
    const allowed = Object.entries(cases)
      .filter(([, channel]) => allows(callers[caller], channel))
      .map(([label]) => label);
    expect(allowed).toEqual(expected[caller]);
  });

  it("a guest hears no board or booth screen (only the queue where they ordered) and a staff member no order, whatever else was found; a signed-out caller nothing", () => {
    const everything: RealtimeScope = { ownedOrderIds: ["order-of-ana"], orderedAtEventIds: [demo], staffEvents: [{ eventId: demo, role: "BARISTA" }] };
    expect(capabilityFor({ kind: "anonymous" }, everything)).toEqual({});
    expect(capabilityFor(guest, everything)).toEqual({ "order:order-of-ana": ["subscribe"], [channels.queue(demo)]: ["subscribe"] });
    expect(Object.keys(capabilityFor(staff, everything)).sort()).toEqual([channels.board(demo), channels.display(demo)].sort());
  });

  it("never grants publishing, and refuses names that are not channels", () => {
    for (const capability of Object.values(callers)) {
      for (const operations of Object.values(capability)) expect(operations).toEqual(["subscribe"]);
    }
    expect(allows(callers.organiser, "event:")).toBe(false);
    expect(allows(callers.organiser, "event:x:board:extra")).toBe(false);
    expect(allows(callers.organiser, "somewhere:else")).toBe(false);
  });
});

describe("Ably token requests", () => {
  const key = "appId1.keyId1:c2VjcmV0LWtleS1vZi10aGUtdGVzdA";

  it("carry the user's client id and exactly their capability, signed with the key", async () => {
    const request = await createAblyTokenRequest(key, "guest-ana", callers.attendee);
    expect(request.keyName).toBe("appId1.keyId1");
    expect(request.clientId).toBe("guest-ana");
    expect(JSON.parse(request.capability)).toEqual({ "order:order-of-ana": ["subscribe"], [channels.queue(demo)]: ["subscribe"] });
    const signed = [request.keyName, request.ttl, request.capability, request.clientId, request.timestamp, request.nonce, ""].join("\n");
    const mac = createHmac("sha256", key.split(":")[1]!).update(signed).digest("base64");
    expect(request.mac).toBe(mac);
  });

  it("give a barista the board and display of their own event only", async () => {
    const request = await createAblyTokenRequest(key, "barista-1", callers.barista);
    expect(Object.keys(JSON.parse(request.capability)).sort()).toEqual([channels.board(demo), channels.display(demo)].sort());
  });
});
