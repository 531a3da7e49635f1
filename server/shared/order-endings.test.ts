import { describe, expect, it } from "vitest";
import { cancelledByAttendeeReason, cancelledByBoothReason, endCodeOf, storeClosedReason } from "./order-endings";

const ended = (status: string, endReason: string | null, rejectedFor: string | null = null) => ({ status, endedBy: "workflow", endReason, rejectedFor });

describe("how an order ended, as a code for the attendee's page", () => {
  it("names the app's own reasons, so the page can say them in the event's language", () => {
    expect(endCodeOf(ended("CANCELLED", cancelledByAttendeeReason))).toBe("cancelled-by-you");
    expect(endCodeOf(ended("CANCELLED", cancelledByBoothReason))).toBe("cancelled-by-booth");
    expect(endCodeOf(ended("CANCELLED", storeClosedReason))).toBe("store-closed");
    expect(endCodeOf(ended("TIMED_OUT", "submit"))).toBe("timed-out-choosing");
    expect(endCodeOf(ended("TIMED_OUT", "barista"))).toBe("timed-out-making");
    expect(endCodeOf(ended("REJECTED", "The baristas have their hands full.", "capacity-full"))).toBe("rejected-capacity-full");
  });

  it("has no code for a barista's own words, which the page shows as written, nor for an order still going", () => {
    expect(endCodeOf(ended("CANCELLED", "Sorry, the oat milk ran out"))).toBeNull();
    expect(endCodeOf(ended("QUEUED", null))).toBeNull();
  });
});
