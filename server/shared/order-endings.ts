// How an order ended, as the server stores it (reasons in words) and as pages say it (codes): shared by the orders
// service, which writes the reasons, and the attendee's phone, which turns a pushed ending into its own words
// without asking the server again.

export const cancelledByAttendeeReason = "You cancelled it.";
export const cancelledByBoothReason = "Cancelled by the booth.";
export const storeClosedReason = "The store closed before you ordered. Your drink has gone back to the booth.";

/**
 * How an order ended, as a code a page says in its own language; null when the reason is a barista's own words
 * (shown as written) or the order has not ended.
 */
export function endCodeOf(order: { status: string; endedBy: string | null; endReason: string | null; rejectedFor: string | null }): string | null {
  switch (order.status) {
    case "CANCELLED":
      if (order.endReason === storeClosedReason) return "store-closed";
      if (order.endReason === cancelledByAttendeeReason) return "cancelled-by-you";
      if (order.endReason === cancelledByBoothReason || !order.endReason) return "cancelled-by-booth";
      return null;
    case "TIMED_OUT":
      // The workflow's window that ran out: choosing the drink, or making it.
      return order.endReason === "submit" ? "timed-out-choosing" : order.endReason === "barista" ? "timed-out-making" : "timed-out";
    case "REJECTED":
      return order.rejectedFor ? `rejected-${order.rejectedFor}` : "rejected";
    default:
      return null;
  }
}
