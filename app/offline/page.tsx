import type { Metadata } from "next";
import { ReconnectWhenOnline } from "./reconnect-when-online";

export const metadata: Metadata = { title: "Offline" };

/**
 * What a staff screen shows when it is reloaded without a network: the service worker keeps this page and
 * answers with it. It goes back to the screen that was asked for as soon as the network returns.
 */
export default function OfflinePage() {
  return (
    <main className="stack" style={{ maxWidth: "32rem", margin: "0 auto", padding: "2rem 1rem" }}>
      <h1>You are offline</h1>
      <p>This screen cannot reach the booth&apos;s server, so it cannot show live orders or send anything.</p>
      <p className="hint">Check the Wi-Fi. The screen comes back by itself when the network does.</p>
      <ReconnectWhenOnline />
    </main>
  );
}
