import { describe, expect, it } from "vitest";
import { isOver } from "./order-rules";

describe("an order that is over", () => {
  it("is one picked up or ended without a drink; one still moving is not", () => {
    expect(["PICKED_UP", "CANCELLED", "TIMED_OUT", "REJECTED"].every((status) => isOver(status as never))).toBe(true);
    expect(["STARTED", "QUEUED", "MAKING", "READY"].some((status) => isOver(status as never))).toBe(false);
  });
});
