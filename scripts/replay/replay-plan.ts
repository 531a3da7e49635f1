// A recorded day turned into the commands that made it: each order's story (start, submit with its drink and
// options, claim, release, complete, recall, pick up, cancel with its reason) and the booth's switches (store open or
// closed, a drink or an option sold out or back), each at its recorded time after the first event, divided by the
// speed. Outcomes nobody commands (acceptance, numbers, timeouts, rejections, drinks returned to a code) are left to
// the booth: its windows, scaled by the same speed, make them happen again.
import type { JournalLine } from "./journal-file";

type Barista = { id: string; name: string };
export type RecordedDrink = { name: string; options: { group: string; choice: string }[] };

export type OrderStep =
  | { kind: "submit"; drink: RecordedDrink }
  | { kind: "claim" | "release" | "complete" | "recall" | "pickUp"; baristaId: string | null }
  /** `afterAcceptance`: the booth had accepted the order when it was cancelled, so the replay waits for that too. */
  | { kind: "cancel"; by: "attendee" | "barista" | "organiser"; baristaId: string | null; reason: string; afterAcceptance: boolean };
export type Timed<T> = T & { atMs: number };

/** How a recorded order ended: its last ending event, or "open" when the day ended first. */
export type Ending = "PICKED_UP" | "CANCELLED" | "TIMED_OUT" | "REJECTED" | "open";

export type OrderScript = {
  recordedOrderId: string;
  attendee: { id: string; name: string };
  startAtMs: number;
  steps: Timed<OrderStep>[];
  recordedEnding: Ending;
};

export type BoothStep =
  | { kind: "store"; open: boolean }
  | { kind: "drink"; drink: string; available: boolean }
  | { kind: "option"; group: string; option: string; available: boolean };

export type ReplayPlan = {
  sourceEventId: string;
  /** When the recording's first event happened. */
  recordedFrom: Date;
  speed: number;
  orders: OrderScript[];
  booth: Timed<BoothStep>[];
  /** The store opens before the first step unless the recording opens it itself. */
  openAtStart: boolean;
  /** Everyone who made drinks, by their recorded id: one robot barista each. */
  baristas: Barista[];
  /** What the replay leaves out, in plain words. */
  leftOut: string[];
};

/** The time a catalogued event's own data gives it (its "…At" field), or the line's ts. */
function occurredAt(line: JournalLine): number {
  const field = Object.entries(line.data).find(([key, value]) => key.endsWith("At") && key !== "submitBy" && key !== "retryAfter" && typeof value === "string");
  const at = field ? Date.parse(field[1] as string) : NaN;
  return Number.isFinite(at) ? at : (line.ts ?? NaN);
}

const endings: Record<string, Ending> = { "order/picked-up": "PICKED_UP", "order/cancelled": "CANCELLED", "order/timed-out": "TIMED_OUT", "order/rejected": "REJECTED" };

export function planReplay(lines: JournalLine[], speed: number): ReplayPlan {
  if (!(speed >= 1 && speed <= 100)) throw new Error("the speed is from 1 to 100");
  const timed = lines.map((line) => ({ line, at: occurredAt(line) })).filter(({ at }) => Number.isFinite(at));
  timed.sort((a, b) => a.at - b.at || a.line.line - b.line.line);
  const first = timed[0]?.at ?? 0;
  const atMs = (at: number) => Math.round((at - first) / speed);
  const sourceEventId = String(lines.find((line) => typeof line.data.eventId === "string")?.data.eventId ?? "");

  const orders = new Map<string, OrderScript>();
  const baristas = new Map<string, Barista>();
  const lastBarista = new Map<string, string>();
  /** Orders the booth had accepted (its rules checked), so a cancel after that waits for the same in the replay. */
  const acceptedOrders = new Set<string>();
  const booth: Timed<BoothStep>[] = [];
  let beganBefore = 0;
  let settingsChanges = 0;
  let availabilityWithoutValue = 0;
  const withoutStart = new Set<string>();

  for (const { line, at } of timed) {
    const d = line.data;
    const orderId = typeof d.orderId === "string" ? d.orderId : undefined;
    if (line.name === "config/changed") {
      for (const path of d.changed as string[]) {
        const menuSwitch = path.match(/^menu\.(.+)\.available$/);
        if (path === "storeOpen") booth.push({ kind: "store", open: d.storeOpen as boolean, atMs: atMs(at) });
        else if (menuSwitch && typeof d.available !== "boolean") availabilityWithoutValue++;
        else if (menuSwitch) {
          const names = menuSwitch[1]!.split(".");
          if (names.length === 1) booth.push({ kind: "drink", drink: names[0]!, available: d.available as boolean, atMs: atMs(at) });
          else booth.push({ kind: "option", group: names[0]!, option: names.slice(1).join("."), available: d.available as boolean, atMs: atMs(at) });
        } else settingsChanges++;
      }
      continue;
    }
    if (!orderId || !line.name.startsWith("order/")) continue;
    if (line.name === "order/started") {
      orders.set(orderId, { recordedOrderId: orderId, attendee: { id: d.attendeeId as string, name: d.attendeeName as string }, startAtMs: atMs(at), steps: [], recordedEnding: "open" });
      continue;
    }
    const order = orders.get(orderId);
    if (!order) {
      if (!withoutStart.has(orderId)) beganBefore++;
      withoutStart.add(orderId);
      continue;
    }
    if (typeof d.baristaId === "string") {
      if (!baristas.has(d.baristaId)) baristas.set(d.baristaId, { id: d.baristaId, name: typeof d.baristaName === "string" ? d.baristaName : `Barista ${baristas.size + 1}` });
      lastBarista.set(orderId, d.baristaId);
    }
    const barista = lastBarista.get(orderId) ?? null;
    const step = (s: OrderStep) => order.steps.push({ ...s, atMs: atMs(at) });
    switch (line.name) {
      case "order/submitted": {
        const drink = d.drink as RecordedDrink;
        step({ kind: "submit", drink: { name: drink.name, options: drink.options } });
        break;
      }
      case "order/claimed":
        step({ kind: "claim", baristaId: barista });
        break;
      case "order/released":
        step({ kind: "release", baristaId: barista });
        break;
      case "order/completed":
        step({ kind: "complete", baristaId: barista });
        break;
      case "order/recalled":
        step({ kind: "recall", baristaId: barista });
        break;
      case "order/picked-up":
        step({ kind: "pickUp", baristaId: barista });
        break;
      case "order/accepted":
        acceptedOrders.add(orderId);
        break;
      case "order/cancelled":
        step({
          kind: "cancel",
          by: d.by as "attendee" | "barista" | "organiser",
          baristaId: d.by === "barista" ? barista : null,
          reason: d.reason as string,
          afterAcceptance: acceptedOrders.has(orderId),
        });
        break;
    }
    if (endings[line.name]) order.recordedEnding = endings[line.name]!;
  }

  const firstStoreStep = booth.find((step) => step.kind === "store");
  const leftOut: string[] = [];
  if (beganBefore) leftOut.push(`${beganBefore} order(s) that began before the file's first line`);
  if (settingsChanges) leftOut.push(`${settingsChanges} menu or settings change(s): the new event has the source event's menu and settings as they are now`);
  if (availabilityWithoutValue) leftOut.push(`${availabilityWithoutValue} sold-out switch(es) recorded without their new value (journals from before it was kept)`);
  return {
    sourceEventId,
    recordedFrom: new Date(first),
    speed,
    orders: [...orders.values()],
    booth,
    openAtStart: !(firstStoreStep && firstStoreStep.kind === "store" && firstStoreStep.open),
    baristas: [...baristas.values()],
    leftOut,
  };
}

/** How long the plan runs, until its last command (the booth's own timeouts may come later). */
export function planDurationMs(plan: ReplayPlan): number {
  return Math.max(0, ...plan.booth.map((step) => step.atMs), ...plan.orders.flatMap((order) => [order.startAtMs, ...order.steps.map((step) => step.atMs)]));
}
