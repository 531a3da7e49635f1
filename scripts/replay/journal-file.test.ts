import { describe, expect, it } from "vitest";
import { orderStory } from "../../server/testing/order-story";
import { readJournalLines } from "./journal-file";

const story = orderStory({ eventId: "booth-1", orderId: "o1", start: "2026-12-02T10:00:00Z" }).queuedAfter(20).events;
const asFile = (lines: unknown[]) => lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n");

describe("reading a journal file", () => {
  it("reads each line as a catalogued event with its time, skipping blank lines", () => {
    const lines = readJournalLines(`${asFile(story.map((event, i) => ({ ...event, id: `e${i}`, v: "1", ts: 1000 + i })))}\n\n`);
    expect(lines).toHaveLength(story.length);
    expect(lines[1]).toMatchObject({ line: 2, name: "order/started", ts: 1001, data: { orderId: "o1" } });
  });

  it("names the line that is not JSON", () => {
    expect(() => readJournalLines(asFile([story[0], "{ not json"]))).toThrow(/^line 2 is not JSON/);
  });

  it("names the line whose event is not in the catalog, or does not match its schema", () => {
    expect(() => readJournalLines(asFile([story[0], story[1], { name: "order/teleported", data: {} }]))).toThrow('line 3: "order/teleported" is not in the event catalog');
    const broken = { ...story[1]!, data: { ...story[1]!.data, startedAt: "yesterday" } };
    expect(() => readJournalLines(asFile([story[0], broken]))).toThrow(/^line 2: order\/started v1: the data does not match its schema/);
    expect(() => readJournalLines(asFile([{ data: {} }]))).toThrow('line 1 is not an event: it needs a "name" and its "data"');
    expect(() => readJournalLines(asFile([{ ...story[0], ts: "noon" }]))).toThrow('line 1: "ts" must be a time in milliseconds');
  });

  it("refuses a file mixing two events' days, and an empty one", () => {
    const elsewhere = orderStory({ eventId: "booth-2", orderId: "o9", start: "2026-12-02T10:00:00Z" }).started(0).events[0];
    expect(() => readJournalLines(asFile([...story, elsewhere]))).toThrow(`line ${story.length + 1} belongs to another event (booth-2)`);
    expect(() => readJournalLines("\n\n")).toThrow("the file holds no events");
  });
});
