import { networkInterfaces, type NetworkInterfaceInfo } from "node:os";

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * This machine's IPv4 addresses that other devices on its network could open (loopback and self-assigned
 * 169.254.x.x left out), so a booth screen opened at localhost can say where phones should go instead.
 */
export function lanIPv4Addresses(interfaces: Interfaces = networkInterfaces()): string[] {
  const addresses = Object.values(interfaces)
    .flatMap((entries) => entries ?? [])
    // Node 18.0–18.3 reported the family as the number 4.
    .filter((entry) => (entry.family === "IPv4" || (entry.family as unknown) === 4) && !entry.internal)
    .map((entry) => entry.address)
    .filter((address) => !address.startsWith("169.254."));
  return [...new Set(addresses)];
}
