// Where robot attendees connect from. The server limits what one client address may hold (20 live streams and 60
// guest sign-ins a minute for guests), as a booth's Wi-Fi needs; robots that all came from 127.0.0.1 would hit
// those limits past twenty attendees and stop hearing their orders. Linux routes the whole of 127/8 to the
// loopback device, so each robot can come from an address of its own (127.0.1.1 and up), as phones do; where
// only 127.0.0.1 exists (macOS by default), robots share it.
import { createServer } from "node:net";

/** The n-th robot's own loopback address: 127.0.1.1, 127.0.1.2, … (250 per block). */
export const loopbackAddressOf = (n: number) => `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;

/** Whether this machine lets a socket use loopback addresses other than 127.0.0.1. */
export function canUseOtherLoopbackAddresses(): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(0, loopbackAddressOf(0), () => probe.close(() => resolve(true)));
  });
}
