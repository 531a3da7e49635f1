import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { orderStory } from "../../testing/order-story";
import { metricsFromEvents } from "./fold-order";

const start = "2026-12-02T10:00:00.000Z";
const bruno = { id: "barista-1", name: "Bruno" };
const carla = { id: "barista-2", name: "Carla" };
const story = (orderId = "order-1") => orderStory({ eventId: "booth-1", orderId, start, drink: "Latte" });
const rowOf = (events: { name: string; data: unknown }[], orderId = "order-1") => metricsFromEvents(events).get(orderId)!;
const time = (seconds: number) => new Date(new Date(start).getTime() + seconds * 1000);

describe("an order's metrics row", () => {
  it("follows a whole order from the code to the pickup: wait runs from queued, make time from the claim", () => {
    const events = story().queuedAfter(20).claimed(40, bruno).completed(100).pickedUp(160).events;
    expect(rowOf(events)).toEqual({
      orderId: "order-1",
      eventId: "booth-1",
      firstAt: time(0),
      qrWindowId: "window-1",
      orderNumber: 1,
      drinkName: "Latte",
      station: "ESPRESSO_BAR",
      baristaId: "barista-1",
      baristaName: "Bruno",
      redeemedAt: time(0),
      drinkReturnedAt: null,
      startedAt: time(0),
      acceptedAt: time(1),
      submittedAt: time(20),
      queuedAt: time(21),
      claimedAt: time(40),
      completedAt: time(100),
      pickedUpAt: time(160),
      endedAt: time(160),
      outcome: "PICKED_UP",
      endedBy: null,
      endReason: null,
      releases: 0,
      recalls: 0,
      waitSeconds: 79,
      makeSeconds: 60,
    });
  });

  it("an attendee who never chooses times out in the submit window, with nothing made", () => {
    const row = rowOf(story().redeemed(0).started(0).accepted(1).timedOut(302, "submit").events);
    expect(row).toMatchObject({ outcome: "TIMED_OUT", endReason: "submit", endedAt: time(302), submittedAt: null, waitSeconds: null, makeSeconds: null });
  });

  it("an order no barista finishes times out in the barista window", () => {
    const row = rowOf(story().queuedAfter(20).claimed(40).timedOut(921, "barista").events);
    expect(row).toMatchObject({ outcome: "TIMED_OUT", endReason: "barista", claimedAt: time(40), completedAt: null, makeSeconds: null });
  });

  it("keeps who cancelled and why: the attendee while choosing, a barista while making", () => {
    const byAttendee = rowOf(story().redeemed(0).started(0).accepted(1).cancelled(30, "attendee", "You cancelled it.", false).events);
    expect(byAttendee).toMatchObject({ outcome: "CANCELLED", endedBy: "attendee", endReason: "You cancelled it.", endedAt: time(30), orderNumber: null });
    const byBarista = rowOf(story().queuedAfter(20).claimed(40).cancelled(70, "barista", "Out of oat milk").events);
    expect(byBarista).toMatchObject({ outcome: "CANCELLED", endedBy: "barista", endReason: "Out of oat milk", orderNumber: 1 });
  });

  it("a rejected order keeps its reason, and its drink given back", () => {
    const row = rowOf(story().redeemed(0).started(0).rejected(1, "capacity-full").returned(1).events);
    expect(row).toMatchObject({ outcome: "REJECTED", endReason: "capacity-full", drinkReturnedAt: time(1), acceptedAt: null });
  });

  it("a recalled drink counts the time it was made, twice, not the time it sat recalled as ready; the wait runs to the second ready", () => {
    const events = story().queuedAfter(20).claimed(40, bruno).completed(100).recalled(130, carla).completed(170).pickedUp(200).events;
    expect(rowOf(events)).toMatchObject({
      outcome: "PICKED_UP",
      recalls: 1,
      completedAt: time(170),
      makeSeconds: 60 + 40,
      waitSeconds: 170 - 21,
      // The drink handed out is Carla's.
      baristaId: "barista-2",
      baristaName: "Carla",
    });
  });

  it("a recalled drink that is never finished is not made at all", () => {
    const row = rowOf(story().queuedAfter(20).claimed(40).completed(100).recalled(130).timedOut(1030, "barista").events);
    expect(row).toMatchObject({ outcome: "TIMED_OUT", completedAt: null, makeSeconds: null, waitSeconds: null, recalls: 1 });
  });

  it("a release makes nothing: make time counts from the claim that led to the drink, by the barista who made it", () => {
    const events = story().queuedAfter(20).claimed(40, bruno).released(70).claimed(90, carla).completed(150).events;
    expect(rowOf(events)).toMatchObject({ outcome: "READY", releases: 1, claimedAt: time(40), makeSeconds: 60, waitSeconds: 129, baristaName: "Carla" });
  });

  it("the first ending wins: an organiser's cancel after a pickup changes nothing", () => {
    const row = rowOf(story().queuedAfter(20).claimed(40).completed(100).pickedUp(150).cancelled(160, "organiser", "Oops").events);
    expect(row).toMatchObject({ outcome: "PICKED_UP", endedAt: time(150), endedBy: null });
  });

  it("a completion whose claim never arrived has a wait time but no make time", () => {
    const row = rowOf(story().queuedAfter(20).completed(100).events);
    expect(row).toMatchObject({ outcome: "READY", waitSeconds: 79, makeSeconds: null });
  });

  it("refuses an event whose data breaks its schema, and skips events the metrics do not read", () => {
    expect(() => metricsFromEvents([{ name: "order/queued", data: { eventId: "booth-1", orderId: "order-1" } }])).toThrow(/order\/queued/);
    expect(metricsFromEvents([{ name: "config/changed", data: {} }]).size).toBe(0);
  });
});

describe("delivery order and duplicates", () => {
  const stories = [
    story("o-recall").queuedAfter(20).claimed(40, bruno).completed(100).recalled(130, carla).completed(170).pickedUp(200).events,
    story("o-release").queuedAfter(20).claimed(40, bruno).released(70).claimed(90, carla).completed(150).pickedUp(400).events,
    story("o-cancel").queuedAfter(5).cancelled(30, "attendee", "You cancelled it.").events,
    story("o-late").redeemed(0).started(0).accepted(1).timedOut(302, "submit").events,
  ];
  const recorded = stories.flat();
  const expected = metricsFromEvents(recorded);

  it("give the same rows whatever order the events arrive in, however often each arrives", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(recorded, { minLength: recorded.length, maxLength: recorded.length }),
        fc.array(fc.nat({ max: recorded.length - 1 }), { maxLength: 10 }),
        (shuffled, repeats) => {
          const delivered = [...shuffled, ...repeats.map((i) => recorded[i]!)];
          expect(metricsFromEvents(delivered)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
