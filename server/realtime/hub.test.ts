import { describe, expect, it } from "vitest";
import { Hub } from "./hub";

describe("the local realtime hub", () => {
  it("delivers to the channel's listeners only, and lets go of them", () => {
    const hub = new Hub();
    const heard: string[] = [];
    const stop = hub.subscribe(["event:a:board"], (m) => heard.push(`${m.channel}/${m.name}`));
    hub.publish("event:a:board", "one", {});
    hub.publish("event:b:board", "elsewhere", {});
    stop();
    hub.publish("event:a:board", "after", {});
    expect(heard).toEqual(["event:a:board/one"]);
    expect(hub.listenerCount()).toBe(0);
  });

  it("delivers a push published twice under one key once (the publisher's fast and durable paths)", () => {
    const hub = new Hub();
    const heard: string[] = [];
    hub.subscribe(["order:o1"], (message) => heard.push(String(message.name)));
    expect(hub.publish("order:o1", "order.status", { status: "READY" }, "event-1:0")).not.toBeNull();
    expect(hub.publish("order:o1", "order.status", { status: "READY" }, "event-1:0")).toBeNull();
    hub.publish("order:o1", "order.status", { status: "PICKED_UP" }, "event-2:0");
    expect(heard).toEqual(["order.status", "order.status"]);
  });

  it("replays what a channel missed since an id, in order", () => {
    const hub = new Hub();
    const first = hub.publish("event:a:board", "one", 1);
    hub.publish("event:b:board", "other", 2);
    hub.publish("event:a:board", "two", 3);
    hub.publish("event:a:display", "three", 4);
    const missed = hub.since(["event:a:board", "event:a:display"], first.id);
    expect(missed).toMatchObject({ complete: true, messages: [{ name: "two" }, { name: "three" }] });
  });

  it("asks for a re-read after a restart or when the buffer no longer reaches back far enough", () => {
    const hub = new Hub();
    const first = hub.publish("event:a:board", "m0", 0);
    expect(hub.since(["event:a:board"], `another-boot-${1}`).complete).toBe(false);
    for (let i = 1; i <= 250; i++) hub.publish("event:a:board", `m${i}`, i);
    expect(hub.since(["event:a:board"], first.id).complete).toBe(false);
    expect(hub.since(["event:b:board"], first.id)).toEqual({ complete: true, messages: [] });
  });
});
