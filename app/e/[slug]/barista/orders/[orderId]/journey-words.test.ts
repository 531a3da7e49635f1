import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/app/i18n/messages/en.json";
import de from "@/app/i18n/messages/de.json";
import { timeSince, whatHappened, whoDidIt, type JourneyStep } from "./journey-words";

const words = (locale: string, messages: typeof en) => createTranslator({ locale, messages, namespace: "Journey" });
const t = words("en", en);

const facts = { orderNumber: 12, drink: "Flat White", reason: null, drinksLeft: null };
const step = (name: string, more: Partial<JourneyStep> = {}): JourneyStep => ({
  id: "e1",
  name,
  occurredAt: new Date("2026-12-02T09:00:00Z"),
  sincePreviousMs: null,
  actor: { kind: "booth" },
  facts,
  ...more,
});

describe("how a journey step is worded", () => {
  it("says what happened with the order's facts", () => {
    expect(whatHappened(t, step("order/submitted"))).toBe("Chose Flat White");
    expect(whatHappened(t, step("order/queued"))).toBe("Got number #12 and joined the queue");
    expect(whatHappened(t, step("order/cancelled", { facts: { ...facts, reason: "Sold out" } }))).toBe("Cancelled it: Sold out");
    expect(whatHappened(t, step("order/timed-out", { facts: { ...facts, reason: "submit" } }))).toBe("No drink was chosen in time");
    expect(whatHappened(t, step("order/rejected", { facts: { ...facts, reason: "capacity-full" } }))).toBe("Turned away: the booth was full");
    expect(whatHappened(t, step("qr/code.redeemed", { facts: { ...facts, drinksLeft: 1 } }))).toBe(
      "Scanned the booth's code (1 drink left in it)",
    );
  });

  it("shows an event the page does not know by its name", () => {
    expect(whatHappened(t, step("order/teleported"))).toBe("order/teleported");
  });

  it("names who did it, or the system and why", () => {
    expect(whoDidIt(t, { kind: "attendee", name: "Ana" })).toBe("Ana, attendee");
    expect(whoDidIt(t, { kind: "barista", name: "Bruno" })).toBe("Bruno, barista");
    expect(whoDidIt(t, { kind: "barista", name: null })).toBe("a barista (not recorded which)");
    expect(whoDidIt(t, { kind: "organiser" })).toBe("the organiser");
    expect(whoDidIt(t, { kind: "timeout", window: "barista" })).toBe("the system: the time to make it ran out");
    expect(whoDidIt(t, { kind: "storeClosing" })).toBe("the system: the store closing");
  });

  it("gives the time since the step before in seconds, minutes or hours", () => {
    expect(timeSince(t, null)).toBe("first step");
    expect(timeSince(t, 42_400)).toBe("+42 s");
    expect(timeSince(t, 185_000)).toBe("+3 min 5 s");
    expect(timeSince(t, 4_800_000)).toBe("+1 h 20 min");
  });

  it("speaks the event's language", () => {
    const german = words("de", de as typeof en);
    expect(whatHappened(german, step("order/submitted"))).toBe("Hat Flat White gewählt");
    expect(whoDidIt(german, { kind: "barista", name: "Bruno" })).toBe("Bruno, Barista");
  });
});
