import Link from "next/link";
import { getRequestActor } from "@/server/auth/session";
import { serverCaller } from "@/server/trpc/server-caller";
import { ComeBack } from "./come-back";
import { TopBar } from "./top-bar";
import { eventPaths } from "@/server/shared/event-paths";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const actor = await getRequestActor();
  const myEvents = actor.kind === "staff" ? await (await serverCaller()).staff.myEvents() : [];
  return (
    <>
      <TopBar actor={actor} />
      <main>
        <h1>Presso</h1>
        {actor.kind === "anonymous" && <ComeBack />}
        {actor.kind === "anonymous" && (
          <div className="card stack">
            <p>Coffee at the booth, without the queue: scan the code on the booth screen, pick your drink, and watch it being made.</p>
            <p>
              <Link className="button" href="/signin">
                Sign in
              </Link>
            </p>
          </div>
        )}
        {actor.kind === "guest" && (
          <div className="card">
            <p>Hello {actor.name}! Scan the code on the booth screen to order your drink.</p>
          </div>
        )}
        {actor.kind === "staff" && (
          <section aria-labelledby="my-events">
            <h2 id="my-events">Your events</h2>
            {actor.isOrganiser && (
              <p>
                <Link href="/admin">Manage events</Link>
              </p>
            )}
            {myEvents.length === 0 ? (
              <p className="hint">You are not on the staff of any event yet. An organiser can add you.</p>
            ) : (
              <ul className="list">
                {myEvents.map((event) => (
                  <li key={event.slug} className="card row">
                    <Link href={eventPaths(event.slug).board}>
                      <strong>{event.name}</strong>
                    </Link>
                    <span className={`badge ${event.storeOpen ? "open" : "closed"}`}>{event.storeOpen ? "Open" : "Closed"}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </main>
    </>
  );
}
