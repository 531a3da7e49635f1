"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { startGuestSession } from "@/server/auth/guest-session";
import { getRequestActor, settledSessionSecret } from "@/server/auth/session";
import { tooManyAttemptsMinutes } from "@/server/auth/too-many-attempts";
import { getDb } from "@/server/boot/runtime";
import { waitForAdmission } from "@/server/services/orders/wait-for-admission";
import { eventPaths } from "@/server/shared/event-paths";
import { actionCaller, problemOf, type Problem } from "@/server/trpc/action-caller";

/** The problem codes the page says in the event's language (app/i18n/messages, "Problems"). */
const notACode = "not-a-code";

const startInput = z.object({
  slug: z.string().max(64),
  code: z.string().trim().min(1).max(64),
  name: z.string().max(200).optional(),
});

/**
 * The attendee's first tap, from the booth's code link: signs a new attendee in with the name for the cup (an
 * attendee already signed in keeps their session), redeems the code, and waits a moment for the booth's check,
 * then answers with the order's page, all in one round trip. Works as a plain form post before the page's
 * JavaScript has loaded. A refusal (a name too short, the code used up, the booth full) comes back as a problem
 * to show beside the form; anything unexpected is an error.
 */
export async function startOrderWithCode(form: FormData): Promise<Problem> {
  const input = startInput.safeParse({ slug: form.get("slug"), code: form.get("code"), name: form.get("name") ?? undefined });
  if (!input.success) return { code: notACode };
  const secret = await settledSessionSecret();
  const db = await getDb();

  let actor = await getRequestActor();
  if (actor.kind === "staff") return { code: "staff-signed-in" };
  if (actor.kind === "anonymous") {
    const session = await startGuestSession(db, { name: input.data.name, headers: await headers(), secret });
    if (session.kind === "paused") return { code: "too-many-attempts", values: { minutes: tooManyAttemptsMinutes(session.retryAfterSeconds) } };
    if (session.kind === "refused") return { code: "name-invalid", field: "name" };
    (await cookies()).set(session.cookie.name, session.cookie.value, session.cookie.options);
    actor = { kind: "guest", userId: session.user.id, name: session.user.name };
  }

  let orderId: string;
  try {
    ({ orderId } = await actionCaller(db, actor).attendee.startOrder({ slug: input.data.slug, code: input.data.code }));
  } catch (error) {
    return problemOf(error, notACode);
  }
  await waitForAdmission(db, { orderId, attendeeId: actor.userId });
  redirect(eventPaths(input.data.slug).orderStatus(orderId));
}

/** The same tap as a plain form post, before the page's JavaScript runs: a problem then shows as the page again. */
export async function startOrderFromForm(form: FormData): Promise<void> {
  await startOrderWithCode(form);
}
