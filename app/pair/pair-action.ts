"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { startPairedSession } from "@/server/auth/pairing-session";
import { settledSessionSecret } from "@/server/auth/session";
import { tooManyAttemptsMessage } from "@/server/auth/too-many-attempts";
import { getDb } from "@/server/boot/runtime";
import { eventPaths } from "@/server/shared/event-paths";

export type PairingProblem = { message: string } | null;

const typed = z.string().max(40);

/**
 * The device's tap on "Pair": the code from the console makes it a staff member of that event and signs it in
 * (replacing any session it had), then it goes to its screen: the booth screen or the board.
 */
export async function pairDevice(_previous: PairingProblem, form: FormData): Promise<PairingProblem> {
  const code = typed.safeParse(form.get("code") ?? "");
  if (!code.success) return { message: "Type the 6 letters and digits shown in the console." };
  const outcome = await startPairedSession(await getDb(), { code: code.data, headers: await headers(), secret: await settledSessionSecret() });
  if (outcome.kind === "paused") return { message: tooManyAttemptsMessage(outcome.retryAfterSeconds) };
  if (outcome.kind === "refused") return { message: outcome.message };
  (await cookies()).set(outcome.cookie.name, outcome.cookie.value, outcome.cookie.options);
  const paths = eventPaths(outcome.slug);
  redirect(outcome.role === "DISPLAY" ? paths.display : paths.board);
}
