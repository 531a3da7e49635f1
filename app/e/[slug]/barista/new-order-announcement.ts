"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { BoardOrder } from "./board-types";

/**
 * What the board's polite live region says: the orders that joined New since the board last looked, e.g. "New order
 * #12: Flat White, Oat, for Ana." The orders already there when the board opens are not read out. State is adjusted
 * while rendering (React's pattern for following a prop), so the words change in the same render as the cards.
 */
export function useNewOrderAnnouncement(orders: BoardOrder[], unusualOf: (order: BoardOrder) => { choice: string }[]): string {
  const t = useTranslations("Board");
  const [known, setKnown] = useState<ReadonlySet<string>>(() => new Set(orders.map((order) => order.id)));
  const [announcement, setAnnouncement] = useState("");
  // Any order the board has shown counts as known, so one released back to New is not announced as new.
  const fresh = orders.filter((order) => order.status === "QUEUED" && !known.has(order.id));
  if (fresh.length > 0) {
    setKnown(new Set([...orders.map((order) => order.id), ...known].slice(0, 500)));
    setAnnouncement(
      fresh
        .map((order) => {
          const drink = [order.drink.name, ...unusualOf(order).map((option) => option.choice)].join(", ");
          return t("newOrderAnnouncement", { number: String(order.orderNumber), drink, name: order.attendeeName });
        })
        .join(" "),
    );
  }
  return announcement;
}
