import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { refusedRetryDelay, sseTransport, type ChannelMessage, type ConnectionState } from "./realtime-provider";

/** Stands in for the browser's EventSource: the test plays the server's side. */
class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    super();
    FakeEventSource.opened.push(this);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  ready() {
    this.readyState = FakeEventSource.OPEN;
    this.dispatchEvent(new Event("ready"));
  }
  send(message: Partial<ChannelMessage>, id: string) {
    this.dispatchEvent(new MessageEvent("message", { data: JSON.stringify(message), lastEventId: id }));
  }
  /** What the browser does with an answer other than 200: an error, and no retry of its own. */
  refuse() {
    this.readyState = FakeEventSource.CLOSED;
    this.onerror?.();
  }
}

const live = () => FakeEventSource.opened.filter((source) => source.readyState !== FakeEventSource.CLOSED);

function listener() {
  const seen = { messages: [] as string[], states: [] as ConnectionState[] };
  return { seen, onMessage: (m: ChannelMessage) => seen.messages.push(m.name), onState: (s: ConnectionState) => seen.states.push(s) };
}

beforeEach(() => {
  FakeEventSource.opened = [];
  vi.useFakeTimers();
  vi.stubGlobal("EventSource", FakeEventSource);
  vi.stubGlobal("window", new EventTarget());
  vi.stubGlobal("navigator", { onLine: true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("live updates over Server-Sent Events", () => {
  it("two parts of a page listening to one channel share one stream, which closes when the last one leaves", () => {
    const transport = sseTransport();
    const board = listener();
    const menu = listener();
    const first = transport.subscribe("board:e1", board.onMessage, board.onState);
    FakeEventSource.opened[0]!.ready();
    const second = transport.subscribe("board:e1", menu.onMessage, menu.onState);
    expect(FakeEventSource.opened).toHaveLength(1);
    expect(menu.seen.states).toEqual(["live"]); // told at once, so it re-reads like on any connect

    FakeEventSource.opened[0]!.send({ name: "config.changed" }, "1");
    expect(board.seen.messages).toEqual(["config.changed"]);
    expect(menu.seen.messages).toEqual(["config.changed"]);

    first.close();
    first.close(); // twice changes nothing
    expect(live()).toHaveLength(1);
    second.close();
    expect(live()).toHaveLength(0);

    transport.subscribe("board:e1", board.onMessage, board.onState);
    expect(live()).toHaveLength(1); // a later listener gets a stream of its own again
  });

  it("a refused stream is opened again after the 10 s the server asks for, then waits longer at each refusal", () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    const board = listener();
    sseTransport().subscribe("board:e1", board.onMessage, board.onState);
    FakeEventSource.opened[0]!.send({ name: "order.queued" }, "41");

    FakeEventSource.opened[0]!.refuse();
    expect(board.seen.states.at(-1)).toBe("reconnecting");
    vi.advanceTimersByTime(9_999);
    expect(FakeEventSource.opened).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeEventSource.opened).toHaveLength(2);
    expect(FakeEventSource.opened[1]!.url).toContain("lastEventId=41"); // the gap is replayed

    FakeEventSource.opened[1]!.refuse();
    vi.advanceTimersByTime(19_999);
    expect(FakeEventSource.opened).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeEventSource.opened).toHaveLength(3);

    FakeEventSource.opened[2]!.ready(); // accepted: the next refusal starts from 10 s again
    FakeEventSource.opened[2]!.refuse();
    vi.advanceTimersByTime(10_000);
    expect(FakeEventSource.opened).toHaveLength(4);
  });

  it("leaves a dropped connection to the browser's own retry, and stops retrying once nobody listens", () => {
    const board = listener();
    const subscription = sseTransport().subscribe("board:e1", board.onMessage, board.onState);
    FakeEventSource.opened[0]!.onerror?.(); // still CONNECTING: the browser retries by itself
    vi.advanceTimersByTime(600_000);
    expect(FakeEventSource.opened).toHaveLength(1);

    FakeEventSource.opened[0]!.refuse();
    subscription.close();
    vi.advanceTimersByTime(600_000);
    expect(FakeEventSource.opened).toHaveLength(1);
  });

  it("closes when the phone loses the network and opens again, at once, when it is back", () => {
    const board = listener();
    sseTransport().subscribe("board:e1", board.onMessage, board.onState);
    window.dispatchEvent(new Event("offline"));
    expect(live()).toHaveLength(0);
    expect(board.seen.states.at(-1)).toBe("offline");
    window.dispatchEvent(new Event("online"));
    expect(live()).toHaveLength(1);
    expect(board.seen.states.at(-1)).toBe("reconnecting");
  });

  it("waits a step that doubles up to two minutes, plus up to half again at random", () => {
    expect([0, 1, 2, 3, 4, 10].map((refusals) => refusedRetryDelay(refusals, () => 0))).toEqual([10_000, 20_000, 40_000, 80_000, 120_000, 120_000]);
    expect(refusedRetryDelay(0, () => 0.999)).toBeLessThan(15_000);
    expect(refusedRetryDelay(10, () => 0.999)).toBeLessThan(180_000);
  });
});
