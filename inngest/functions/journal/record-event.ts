import { inngest } from "../../client";
import { recordEvent } from "../../../server/services/journal/record-event";

/** The journal service: every catalogued event, appended once as received (wildcard triggers per domain). */
export const recordEventInJournal = inngest.createFunction(
  {
    id: "journal-record-event",
    name: "Journal: record every event",
    triggers: [{ event: "order/*" }, { event: "qr/*" }, { event: "config/*" }, { event: "staff/*" }, { event: "engine/*" }],
  },
  // No step: appending is idempotent by the event's id, so a retried run repeats nothing, and one call per event
  // instead of two halves what the journal costs the engine.
  async ({ event, db }) => {
    const received = { id: event.id, name: String(event.name), data: event.data, ts: event.ts, v: event.v };
    const written = await recordEvent(db, received);
    return { eventId: event.id, written };
  },
);
