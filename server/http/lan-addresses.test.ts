import type { NetworkInterfaceInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { lanIPv4Addresses } from "./lan-addresses";

const entry = (address: string, family: "IPv4" | "IPv6", internal = false) =>
  ({ address, family, internal, netmask: "", mac: "", cidr: null, scopeid: 0 }) as NetworkInterfaceInfo;

describe("the machine's addresses phones could open", () => {
  it("lists the non-loopback IPv4 addresses once each, without IPv6 or self-assigned ones", () => {
    const addresses = lanIPv4Addresses({
      lo: [entry("127.0.0.1", "IPv4", true), entry("::1", "IPv6", true)],
      wlan0: [entry("192.168.1.20", "IPv4"), entry("fe80::1", "IPv6")],
      eth0: [entry("10.0.0.5", "IPv4"), entry("169.254.3.4", "IPv4")],
      alias: [entry("192.168.1.20", "IPv4")],
      down: undefined,
    });
    expect(addresses).toEqual(["192.168.1.20", "10.0.0.5"]);
  });

  it("answers with none on a machine with no network", () => {
    expect(lanIPv4Addresses({ lo: [entry("127.0.0.1", "IPv4", true)] })).toEqual([]);
  });
});
