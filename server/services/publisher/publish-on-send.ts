import { onEventSent } from "../../events/sent-listeners";
import { publishEvent } from "./publish-event";

/** Turns on the publisher's fast path in this process: every event sent from here is pushed at once. */
export function publishOnSend(): void {
  onEventSent("publisher", ({ id, name, data }) => publishEvent(name, data, id));
}
