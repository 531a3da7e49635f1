import { inngest } from "../../client";
import { orderRejected } from "../../../server/events/catalog";
import { returnDrink } from "../../../server/services/qr/return-drink";
import { getDb } from "../../../server/boot/runtime";

/** The QR service's side of a refusal: the refused order's drink goes back to its code's window. */
export const returnRefusedDrink = inngest.createFunction(
  { id: "qr-return-refused-drink", name: "QR: give back a refused order's drink", triggers: [orderRejected.type] },
  // No step: returning is idempotent by the order's id, so a retried run gives back nothing twice.
  async ({ event }) => {
    const drinksLeft = await returnDrink(await getDb(), { orderId: event.data.orderId });
    return { orderId: event.data.orderId, drinksLeft };
  },
);
