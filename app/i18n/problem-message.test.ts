import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import ja from "./messages/ja.json";
import pt from "./messages/pt.json";
import { problemMessage } from "./problem-message";

const words = (locale: string, messages: typeof en) => createTranslator({ locale, messages, namespace: "Problems" });

/** Every code the server and the attendee's actions send (server/errors.ts ProblemCode, find-refusal, the actions). */
const sentByTheServer = [
  "not-a-code",
  "staff-signed-in",
  "too-many-attempts",
  "name-invalid",
  "sign-in-to-order",
  "choice-not-received",
  "no-such-order",
  "code-not-valid",
  "code-expired",
  "code-not-yet-valid",
  "code-used-up",
  "store-closed",
  "open-orders",
  "daily-limit",
  "capacity-full",
  "already-chosen",
  "still-checking",
  "time-is-up",
  "order-cancelled",
  "order-over",
  "drink-not-on-menu",
  "drink-sold-out",
  "option-sold-out",
  "option-required",
  "already-making",
  "order-moved-on",
];

describe("a problem the server sends as a code", () => {
  it("has its own sentence in the catalogue for every code the server sends", () => {
    const t = words("en", en);
    const values = { count: 1, minutes: 1, number: 1, drink: "Latte", option: "Oat", group: "Milk" };
    for (const code of sentByTheServer) expect(problemMessage(t, { code, values }), code).not.toBe(t("generic"));
  });

  it("reads in the page's language, with its values", () => {
    expect(problemMessage(words("en", en), { code: "open-orders", values: { count: 2 } })).toBe(
      "You already have 2 orders on the go. You can order again once one is ready.",
    );
    expect(problemMessage(words("pt-PT", pt as typeof en), { code: "too-many-attempts", values: { minutes: 14 } })).toBe(
      "Demasiadas tentativas. Tente de novo dentro de 14 minutos.",
    );
    expect(problemMessage(words("ja", ja as typeof en), { code: "already-making", values: { number: 7 } })).toContain("#7");
  });

  it("falls back to a plain generic sentence for a code the catalogue does not know", () => {
    expect(problemMessage(words("en", en), { code: "a-code-from-a-newer-server" })).toBe("Something went wrong. Try again.");
    expect(problemMessage(words("pt-PT", pt as typeof en), { code: "" })).toBe("Algo correu mal. Tente de novo.");
  });
});
