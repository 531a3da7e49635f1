import { getConfig } from "../../config";
import { lanIPv4Addresses } from "../../http/lan-addresses";
import { readDisplayOrders } from "../../services/orders/read-display-orders";
import { windowWhileOpen } from "../../services/qr/current-window";
import { displayState } from "../contracts/display";
import { displayProcedure, router } from "../init";

/** The code is hidden this long before its window ends, so nobody scans a code about to expire. */
export const hideCodeSeconds = 15;

/** A configured public address wins; only without one does the screen need this machine's own addresses. */
function orderAddress(publicUrl: string | undefined) {
  return publicUrl ? { publicUrl, lanAddresses: [] } : { publicUrl: null, lanAddresses: lanIPv4Addresses() };
}

/** The booth screen: the current code (only here, only for staff of the event) and the Preparing and Ready lists. */
export const displayRouter = router({
  state: displayProcedure.output(displayState).query(async ({ ctx }) => {
    const { event } = ctx;
    const window = await windowWhileOpen(ctx.db, event);
    return {
      event: { id: event.id, slug: event.slug, name: event.name, brandColor: event.brandColor, logoDigest: event.logoDigest, storeOpen: event.storeOpen, readyDisplaySeconds: event.readyDisplaySeconds },
      window: window && {
        id: window.id,
        code: window.code,
        startsAt: window.startsAt,
        endsAt: window.endsAt,
        drinksLeft: window.drinksLeft,
        drinksTotal: window.drinksTotal,
        // Short windows (tests, quiet booths) hide for at most a fifth of their length.
        hideCodeSeconds: Math.min(hideCodeSeconds, Math.floor(event.qrRotationSeconds / 5)),
      },
      orders: await readDisplayOrders(ctx.db, { eventId: event.id, readyDisplaySeconds: event.readyDisplaySeconds }),
      orderAddress: orderAddress(getConfig().publicUrl),
      serverTime: new Date(),
    };
  }),
});
