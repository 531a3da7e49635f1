import { describe, expect, it } from "vitest";
import { Hub } from "./hub";
import { openSseStream, StreamSlots } from "./sse-stream";

/** Reads a Server-Sent Events response until `until` says enough, returning the raw text. */
async function readUntil(response: Response, until: (text: string) => boolean, timeoutMs = 3000): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + timeoutMs;
  while (!until(text)) {
    if (Date.now() > deadline) throw new Error(`not seen within ${timeoutMs} ms:\n${text}`);
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  reader.releaseLock();
  return text;
}

function dataOf(text: string, event = "message") {
  return text
    .split("\n\n")
    .filter((block) => block.includes(`event: ${event}`))
    .map((block) => JSON.parse(block.split("\n").find((line) => line.startsWith("data: "))!.slice(6)) as { name: string });
}

describe("Server-Sent Events", () => {
  it("streams new messages with their ids, then replays what was missed after a reconnect with Last-Event-ID", async () => {
    const hub = new Hub();
    const first = new AbortController();
    const response = openSseStream({ hub, channels: ["event:a:board"], lastEventId: null, signal: first.signal });
    await readUntil(response, (t) => t.includes("event: ready"));
    hub.publish("event:a:board", "queued", { n: 1 });
    const text = await readUntil(response, (t) => t.includes("queued"));
    const lastId = text.match(/id: (\S+)/)![1]!;
    first.abort();

    hub.publish("event:a:board", "claimed", { n: 2 }); // while the browser was away
    hub.publish("event:a:board", "completed", { n: 3 });
    const again = openSseStream({ hub, channels: ["event:a:board"], lastEventId: lastId, signal: new AbortController().signal });
    const replayed = await readUntil(again, (t) => t.includes("event: ready"));
    expect(dataOf(replayed).map((m) => m.name)).toEqual(["claimed", "completed"]);
    expect(replayed).not.toContain("event: resync");
  });

  it("tells the browser to re-read when it cannot replay", async () => {
    const hub = new Hub();
    const response = openSseStream({ hub, channels: ["event:a:board"], lastEventId: "old-boot-7", signal: new AbortController().signal });
    expect(await readUntil(response, (t) => t.includes("event: ready"))).toContain("event: resync");
  });

  it("sends a heartbeat while nothing happens", async () => {
    const hub = new Hub();
    const response = openSseStream({ hub, channels: ["event:a:board"], lastEventId: null, signal: new AbortController().signal, heartbeatMs: 30 });
    expect(await readUntil(response, (t) => t.includes(": ping"))).toContain(": ping");
  });

  it("leaves no listener behind when the browser goes away", async () => {
    const hub = new Hub();
    const controllers = Array.from({ length: 5 }, () => new AbortController());
    const responses = controllers.map((c) => openSseStream({ hub, channels: ["event:a:board", "event:a:display"], lastEventId: null, signal: c.signal }));
    await Promise.all(responses.map((r) => readUntil(r, (t) => t.includes("event: ready"))));
    expect(hub.listenerCount()).toBe(10);
    for (const c of controllers) c.abort();
    expect(hub.listenerCount()).toBe(0);
  });
});

describe("stream slots", () => {
  it("a key holds at most its limit; closing a stream gives its slot back, once", () => {
    const slots = new StreamSlots();
    const claim = [{ key: "user:ana", limit: 2 }];
    const first = slots.take(claim)!;
    expect(slots.take(claim)).not.toBeNull();
    expect(slots.take(claim)).toBeNull();
    first();
    first(); // an abort and a cancel of the same stream
    expect(slots.count("user:ana")).toBe(1);
    expect(slots.take(claim)).not.toBeNull();
    expect(slots.take(claim)).toBeNull();
  });

  it("takes all of a stream's slots or none", () => {
    const slots = new StreamSlots();
    slots.take([{ key: "address:10.0.0.5", limit: 1 }]);
    expect(slots.take([{ key: "user:bea", limit: 5 }, { key: "address:10.0.0.5", limit: 1 }])).toBeNull();
    expect(slots.count("user:bea")).toBe(0);
  });

  it("a stream says it closed once, whether the browser went away or the reader cancelled", async () => {
    const hub = new Hub();
    let closes = 0;
    const browser = new AbortController();
    const response = openSseStream({ hub, channels: ["order:o-1"], lastEventId: null, signal: browser.signal, onClose: () => closes++ });
    await readUntil(response, (t) => t.includes("event: ready"));
    browser.abort();
    await response.body!.cancel();
    expect(closes).toBe(1);

    const cancelled = openSseStream({ hub, channels: ["order:o-1"], lastEventId: null, signal: new AbortController().signal, onClose: () => closes++ });
    await cancelled.body!.cancel();
    expect(closes).toBe(2);
    expect(hub.listenerCount()).toBe(0);
  });

  it("a stream for a browser that already left closes at once", () => {
    const hub = new Hub();
    let closes = 0;
    openSseStream({ hub, channels: ["order:o-1"], lastEventId: null, signal: AbortSignal.abort(), onClose: () => closes++ });
    expect(closes).toBe(1);
    expect(hub.listenerCount()).toBe(0);
  });
});
