"use server";
import { refresh } from "next/cache";
import { z } from "zod";
import { getRequestActor } from "@/server/auth/session";
import { getDb } from "@/server/boot/runtime";
import { drinkChoice } from "@/server/services/orders/choose-drink";
import { actionCaller, problemOf, type Problem } from "@/server/trpc/action-caller";
import { id } from "@/server/validation/id";

/**
 * The attendee's taps on their order: choose the drink, cancel. Each calls the same procedure as the API, then
 * refreshes the page in the same answer, so the phone draws the new state without asking again.
 */

/** Problem codes, said by the page in the event's language (app/i18n/messages, "Problems"). */
const notYours = "sign-in-to-order";
const badChoice = "choice-not-received";
const noSuchOrder = "no-such-order";

async function asAttendee<T>(run: (caller: ReturnType<typeof actionCaller>) => Promise<T>, fallback: string): Promise<Problem> {
  const actor = await getRequestActor();
  if (actor.kind !== "guest") return { code: notYours };
  try {
    await run(actionCaller(await getDb(), actor));
  } catch (error) {
    return problemOf(error, fallback);
  }
  refresh();
  return null;
}

const submitted = z.object({ orderId: id, choice: drinkChoice });

export async function submitDrink(orderId: unknown, choice: unknown): Promise<Problem> {
  const input = submitted.safeParse({ orderId, choice });
  if (!input.success) return { code: badChoice };
  return asAttendee((caller) => caller.attendee.submitOrder(input.data), badChoice);
}

export async function cancelMyOrder(orderId: unknown): Promise<Problem> {
  const input = id.safeParse(orderId);
  if (!input.success) return { code: noSuchOrder };
  return asAttendee((caller) => caller.attendee.cancelOrder({ orderId: input.data }), noSuchOrder);
}
