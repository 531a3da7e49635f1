import { DEMO_SLUG, seedDemoEvent } from "../../prisma/seed/demo-event";
import { createGuest } from "../auth/accounts";
import { loadActor, anonymous, type Actor } from "../auth/actor";
import { provideRuntimeForTests } from "../boot/runtime";
import { parseConfig } from "../config";
import type { Database } from "../db/connect";
import { setEventTransport } from "../events/event-transport";
import { createEvent } from "../services/config/create-event";
import { addStaffMember } from "../services/staff/membership";
import { createCaller } from "../trpc/root";
import { connectInngestClient, inngestTransport } from "../../inngest/client";
import { startEmbeddedExecutor, type EmbeddedExecutor } from "../../inngest/embedded/start-executor";

/**
 * A small world for procedure tests: the demo event and a second event, each with a barista, an organiser
 * and two attendees, and a caller for each of the six roles the access table speaks of.
 */

export const roles = ["anonymous", "attendee", "otherAttendee", "baristaOfOtherEvent", "barista", "organiser"] as const;
export type Role = (typeof roles)[number];

export const demoAccounts = {
  organiser: { email: "organiser@test.local", password: "organiser-pass" },
  barista: { email: "barista@test.local", password: "barista-pass" },
};

export type World = {
  database: Database;
  /** Receives what procedures send (stored, not run: no functions are synced in these tests). */
  executor: EmbeddedExecutor;
  actors: Record<Role, Actor>;
  caller(role: Role): ReturnType<typeof createCaller>;
  demoEventId: string;
  otherEventId: string;
};

export async function buildWorld(database: Database): Promise<World> {
  const db = database.prisma;
  const executor = await startEmbeddedExecutor({ sql: database.sql, serveUrl: null, log: () => {} });
  connectInngestClient({ mode: "embedded", baseUrl: executor.url, signingKey: executor.signingKey, eventKey: executor.eventKey });
  setEventTransport(inngestTransport);
  // The organiser's run views find the engine's inspector on the runtime, as in the server.
  // Port 1, where nothing listens: robots started from the console (which call this server's own port) fail at
  // once instead of reaching a server a developer may be running on 3000.
  provideRuntimeForTests({ config: parseConfig({ PORT: "1" }), database });
  await seedDemoEvent(db, demoAccounts);
  const other = await createEvent(db, { slug: "other-booth", name: "Other Booth", timeZone: "Asia/Tokyo", locale: "ja-JP" });
  await addStaffMember(db, {
    slug: other.slug,
    email: "other-barista@test.local",
    role: "BARISTA",
    newAccount: { name: "Otto Other", password: "other-pass" },
  });
  const ids = {
    organiser: (await db.user.findUniqueOrThrow({ where: { email: demoAccounts.organiser.email } })).id,
    barista: (await db.user.findUniqueOrThrow({ where: { email: demoAccounts.barista.email } })).id,
    baristaOfOtherEvent: (await db.user.findUniqueOrThrow({ where: { email: "other-barista@test.local" } })).id,
    attendee: (await createGuest(db, "Ana"))!.id,
    otherAttendee: (await createGuest(db, "Bea"))!.id,
  };
  const actors: Record<Role, Actor> = {
    anonymous,
    attendee: await loadActor(db, ids.attendee),
    otherAttendee: await loadActor(db, ids.otherAttendee),
    baristaOfOtherEvent: await loadActor(db, ids.baristaOfOtherEvent),
    barista: await loadActor(db, ids.barista),
    organiser: await loadActor(db, ids.organiser),
  };
  const demo = await db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const close = database.close.bind(database);
  database.close = async () => {
    await executor.close();
    await close();
  };
  return {
    database,
    executor,
    actors,
    caller: (role) => createCaller({ db, actor: actors[role] }),
    demoEventId: demo.id,
    otherEventId: other.id,
  };
}
