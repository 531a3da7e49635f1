import { inngest } from "../../client";
import { inngestEvent } from "../../event-types";
import { orderRejected } from "../../../server/events/catalog";
import { returnDrink } from "../../../server/services/qr/return-drink";

/** The QR service's side of a refusal: the refused order's drink goes back to its code's window. */
export const returnRefusedDrink = inngest.createFunction(
  { id: "qr-return-refused-drink", name: "QR: give back a refused order's drink", triggers: [inngestEvent(orderRejected)] },
  // No step: returning is idempotent by the order's id, so a retried run gives back nothing twice.
  async ({ event, db }) => {
    const drinksLeft = await returnDrink(db, { orderId: event.data.orderId });
    return { orderId: event.data.orderId, drinksLeft };
  },
);
