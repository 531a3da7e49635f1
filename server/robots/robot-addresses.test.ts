import { describe, expect, it } from "vitest";
import { canUseOtherLoopbackAddresses, loopbackAddressOf } from "./robot-addresses";

describe("robot attendees' addresses", () => {
  it("gives each robot an address of its own, 250 to a block", () => {
    expect([0, 1, 249, 250, 999].map(loopbackAddressOf)).toEqual(["127.0.1.1", "127.0.1.2", "127.0.1.250", "127.0.2.1", "127.0.4.250"]);
  });

  it("finds whether this machine routes other loopback addresses (Linux does)", async () => {
    expect(await canUseOtherLoopbackAddresses()).toBe(process.platform === "linux");
  });
});
