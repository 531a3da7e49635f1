import type { Db } from "../../db/client";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits a moment for the order workflow to check the booth's rules (its first step, usually done within tens of
 * milliseconds), so that the answer to the attendee's first tap can already hold the drink form. Reads the order
 * a few times with growing pauses, never past `timeoutMs`: a slow check just means the phone shows "Checking…"
 * and hears the result through its channel. Only the attendee's own order is read.
 */
export async function waitForAdmission(
  db: Db,
  input: { orderId: string; attendeeId: string; timeoutMs?: number },
): Promise<"admitted" | "ended" | "still checking"> {
  const deadline = Date.now() + (input.timeoutMs ?? 1_500);
  for (let pause = 25; ; pause = Math.min(pause * 2, 400)) {
    const order = await db.order.findFirst({ where: { id: input.orderId, attendeeId: input.attendeeId }, select: { status: true, admittedAt: true } });
    if (!order || order.status !== "STARTED") return "ended";
    if (order.admittedAt) return "admitted";
    const left = deadline - Date.now();
    if (left <= 0) return "still checking";
    await sleep(Math.min(pause, left));
  }
}
