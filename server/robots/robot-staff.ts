// Robot staff for simulations: accounts the organiser adds to an event as baristas, each with a password made
// here and used once to sign in (never printed or kept), so no robot account can be signed into from outside.
import { randomBytes } from "node:crypto";
import { HttpSession, type Timings } from "./http-session";

/** A signed-in robot barista; `userId` lets the organiser take it off the event's staff again. */
export type RobotBarista = HttpSession & { userId: string };

export async function addRobotBarista(organiser: HttpSession, robot: { slug: string; email: string; name: string }, timings: Timings): Promise<RobotBarista> {
  const password = randomBytes(18).toString("base64url");
  const member = await organiser.mutate<{ userId: string }>("admin.staff.add", { slug: robot.slug, email: robot.email, role: "BARISTA", newAccount: { name: robot.name, password } });
  const session = new HttpSession(organiser.baseUrl, timings);
  await session.signIn("staff", { email: robot.email, password });
  return Object.assign(session, { userId: member.userId });
}

/** Signs a guest in, waiting out the server's per-address limit on guest sign-ins (60 a minute) instead of failing. */
export async function signInGuest(session: HttpSession, name: string, stopped: () => boolean = () => false): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await session.signIn("guest", { name });
    } catch (error) {
      if (attempt >= 20 || stopped()) throw error;
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
  }
}
