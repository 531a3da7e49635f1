import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "../../../../i18n/messages/en.json";
import pt from "../../../../i18n/messages/pt.json";
import type { AttendeeOrder } from "../types";
import { OrderFacts, OrderStatus } from "./order-status";

const base: AttendeeOrder = {
  id: "o1",
  status: "QUEUED",
  orderNumber: 7,
  drink: { menuItemId: "m1", name: "Flat White", options: [{ group: "Milk", choice: "Oat" }] },
  startedAt: new Date(),
  admitted: true,
  submitBy: null,
  submittedAt: new Date(),
  baristaName: null,
  completedAt: null,
  endedAt: null,
  endedBy: null,
  endReason: null,
  endCode: null,
  rejectedFor: null,
  retryAfter: null,
  queuePosition: 2,
  waitSeconds: 200,
  event: { id: "event-1", slug: "demo", name: "Demo", brandColor: "#000", timeZone: "Asia/Tokyo", locale: "pt-PT" },
  nextOrder: null,
} as AttendeeOrder;

function render(order: Partial<AttendeeOrder>, locale = "en", messages: typeof en = en) {
  const text = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="Asia/Tokyo">
      <OrderStatus order={{ ...base, ...order }} />
      <OrderFacts order={{ ...base, ...order }} />
    </NextIntlClientProvider>,
  );
  return text.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

describe("the attendee's order status", () => {
  it("says where the order stands in the page's language", () => {
    expect(render({})).toContain("Order #7 is in the queue You are number 2 in the queue");
    expect(render({}, "pt-PT", pt as typeof en)).toContain("Pedido n.º 7 está na fila É o número 2 na fila");
    expect(render({ status: "READY" })).toContain("Ready: show #7 at the counter Your Flat White is waiting for you.");
    expect(render({ status: "MAKING", baristaName: "Rita" }, "pt-PT", pt as typeof en)).toContain("Rita está a preparar: Flat White.");
  });

  it("says how it ended from the server's code, and a barista's own words as written", () => {
    expect(render({ status: "CANCELLED", endCode: "cancelled-by-you", endReason: "You cancelled it." }, "pt-PT", pt as typeof en)).toContain("Cancelou o pedido.");
    expect(render({ status: "CANCELLED", endCode: null, endReason: "Sem leite de aveia" }, "pt-PT", pt as typeof en)).toContain("Sem leite de aveia");
    expect(render({ status: "REJECTED", endCode: "rejected-something-new" })).toContain("The booth could not take this order.");
  });

  it("says why another order must wait, from the refusal's code", () => {
    const nextOrder = { allowed: false, refusal: "You have had your 3 drinks for today.", problem: { code: "daily-limit", values: { count: 3 } } };
    expect(render({ status: "PICKED_UP", nextOrder }, "pt-PT", pt as typeof en)).toContain("Já tomou as suas 3 bebidas de hoje. Pode voltar a pedir amanhã.");
  });
});
