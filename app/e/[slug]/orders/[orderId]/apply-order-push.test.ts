import { describe, expect, it } from "vitest";
import type { AttendeeOrder } from "../types";
import { applyOrderPush } from "./apply-order-push";

const at = "2026-12-02T10:00:00.000Z";
const queued: AttendeeOrder = {
  id: "o1",
  status: "QUEUED",
  orderNumber: 7,
  drink: { name: "Flat White", options: [] } as unknown as AttendeeOrder["drink"],
  startedAt: new Date("2026-12-02T09:58:00Z"),
  admitted: true,
  submitBy: new Date("2026-12-02T09:59:00Z"),
  submittedAt: new Date("2026-12-02T09:58:30Z"),
  baristaName: null,
  completedAt: null,
  endedAt: null,
  endedBy: null,
  endReason: null,
  endCode: null,
  rejectedFor: null,
  retryAfter: null,
  queuePosition: 2,
  waitSeconds: 180,
  event: { id: "e1", slug: "demo", name: "Demo", brandColor: "#0a7", timeZone: "Europe/Lisbon", locale: "en-GB" },
  nextOrder: null,
};

describe("the attendee's phone applies a pushed status to the order it shows", () => {
  it("shows who is making it, then ready, then collected", () => {
    const making = applyOrderPush(queued, { orderId: "o1", status: "MAKING", orderNumber: 7, baristaName: "Bruno", at })!;
    expect(making).toMatchObject({ status: "MAKING", baristaName: "Bruno", queuePosition: null, waitSeconds: null });
    const ready = applyOrderPush(making, { orderId: "o1", status: "READY", orderNumber: 7, at })!;
    expect(ready).toMatchObject({ status: "READY", completedAt: new Date(at), baristaName: "Bruno" });
    expect(applyOrderPush(ready, { orderId: "o1", status: "PICKED_UP", orderNumber: 7, at })).toMatchObject({ status: "PICKED_UP" });
  });

  it("closes the drink form when the order is queued, with its number", () => {
    const choosing = { ...queued, status: "STARTED" as const, orderNumber: null, submittedAt: null, queuePosition: null, waitSeconds: null };
    expect(applyOrderPush(choosing, { orderId: "o1", status: "QUEUED", orderNumber: 12, at })).toMatchObject({ status: "QUEUED", orderNumber: 12, submittedAt: new Date(at) });
  });

  it("a drink put back keeps no barista, and learns its new place from the re-read", () => {
    const making = { ...queued, status: "MAKING" as const, baristaName: "Bruno", queuePosition: null, waitSeconds: null };
    expect(applyOrderPush(making, { orderId: "o1", status: "QUEUED", orderNumber: 7, at })).toMatchObject({ status: "QUEUED", baristaName: null, queuePosition: null });
  });

  it("says how it ended, as the server would: the barista's words, or a code the page translates", () => {
    const byBarista = applyOrderPush(queued, { orderId: "o1", status: "CANCELLED", orderNumber: 7, by: "barista", reason: "Sorry, the oat milk ran out", at })!;
    expect(byBarista).toMatchObject({ status: "CANCELLED", endedBy: "barista", endReason: "Sorry, the oat milk ran out", endCode: null, endedAt: new Date(at) });
    const byYou = applyOrderPush(queued, { orderId: "o1", status: "CANCELLED", orderNumber: 7, by: "attendee", reason: "You cancelled it.", at })!;
    expect(byYou.endCode).toBe("cancelled-by-you");
    const timedOut = applyOrderPush({ ...queued, status: "MAKING" }, { orderId: "o1", status: "TIMED_OUT", orderNumber: 7, window: "barista", at })!;
    expect(timedOut).toMatchObject({ status: "TIMED_OUT", endReason: "barista", endCode: "timed-out-making" });
  });

  it("asks for a re-read when the push cannot be shown from what it carries", () => {
    expect(applyOrderPush(queued, { orderId: "o1", status: "STARTED", submitBy: at, at })).toBeNull();
    expect(applyOrderPush(queued, { orderId: "o1", status: "REJECTED", reason: "capacity-full", at })).toBeNull();
    expect(applyOrderPush(queued, { orderId: "another", status: "READY", orderNumber: 7, at })).toBeNull();
    expect(applyOrderPush(queued, { orderId: "o1", status: "READY", orderNumber: 7 })).toBeNull();
  });
});
