import type { Db } from "../db/client";
import { recordEvent } from "../services/journal/record-event";
import type { StoryEvent } from "./order-story";

let counter = 0;

/**
 * Journals a story's events as the journal function would, one after the other, each at the time its data says
 * (its `…At` field), so the journal's reads can be tested on a known order.
 */
export async function journalStory(db: Db, events: StoryEvent[]) {
  for (const event of events) {
    const at = Object.entries(event.data).find(([key]) => key.endsWith("At"))?.[1];
    await recordEvent(db, { id: `story-${process.pid}-${++counter}`, name: event.name, data: event.data, ts: Date.parse(String(at)), v: "1" });
  }
}
