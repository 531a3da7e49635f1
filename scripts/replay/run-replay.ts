// Plays a replay plan into a fresh event of a running Presso, through the app's own commands: the organiser clones
// the source event (settings scaled by the speed), robot baristas stand in for the recorded ones, and each recorded
// attendee is a guest of the same name who orders at the recorded moment. Every command waits for the state it
// needs (a claim for a queued order), so the booth's own workflow, numbers and timeouts answer as they did.
import { CodeDesk } from "../../server/robots/code-desk";
import { HttpSession, TrpcError, type Timings } from "../../server/robots/http-session";
import type { Credentials } from "../rush/organiser-credentials";
import { isOverStatus, watchOrder, type OrderView } from "../../server/robots/order-watch";
import { Bell, pause } from "../../server/robots/pause";
import { addRobotBarista, signInGuest } from "../../server/robots/robot-staff";
import { RobotTally } from "../../server/robots/robot-tally";
import { recordedChoice, scaledSettings, type BoothSettings } from "./replay-booth";
import type { Ending, OrderScript, OrderStep, ReplayPlan, Timed } from "./replay-plan";

type EventRow = BoothSettings & { id: string; slug: string; name: string };
type Menu = Parameters<typeof recordedChoice>[0];

export type ReplayReport = {
  slug: string;
  recorded: Record<Ending, number>;
  replayed: Record<Ending, number>;
  /** Orders that ended otherwise than recorded, with why when a command could not be given. */
  differences: string[];
  tally: RobotTally;
};

const noEndings = (): Record<Ending, number> => ({ PICKED_UP: 0, CANCELLED: 0, TIMED_OUT: 0, REJECTED: 0, open: 0 });

/** The state each command needs first; an order that ended before it diverged from the recording. */
const ready: Record<OrderStep["kind"], (order: OrderView, step: OrderStep) => boolean> = {
  submit: (o) => o.status === "STARTED" && o.submitBy != null,
  claim: (o) => o.status === "QUEUED",
  release: (o) => o.status === "MAKING",
  complete: (o) => o.status === "MAKING",
  recall: (o) => o.status === "READY",
  pickUp: (o) => o.status === "READY",
  // A cancel the recording made after the booth accepted the order waits for the acceptance (a drink can be chosen).
  cancel: (o, step) => o.status !== undefined && (!(step.kind === "cancel" && step.afterAcceptance) || o.status !== "STARTED" || o.submitBy != null),
};

export async function runReplay(
  plan: ReplayPlan,
  target: { url: string; into: string; from?: string },
  organiserSignIn: Credentials,
  options: { log?: (line: string) => void; signal?: AbortSignal; reportSeconds?: number } = {},
): Promise<ReplayReport> {
  const log = options.log ?? console.log;
  const signal = options.signal;
  const timings: Timings = new Map();
  const organiser = new HttpSession(target.url, timings);
  await organiser.signIn("staff", organiserSignIn);

  const events = await organiser.query<EventRow[]>("admin.events.list", undefined);
  const source = target.from ? events.find((event) => event.slug === target.from) : events.find((event) => event.id === plan.sourceEventId);
  if (!source) {
    throw new Error(target.from ? `there is no event "${target.from}" on ${target.url}` : `the event this journal belongs to (${plan.sourceEventId}) is not on ${target.url}: name one to copy with --from <slug>`);
  }
  await organiser.mutate("admin.events.clone", { from: source.slug, slug: target.into, name: `${source.name} (replay)`.slice(0, 80) });
  const settings = scaledSettings(source, plan.speed);
  await organiser.mutate("admin.events.updateSettings", { slug: target.into, changes: settings });
  log(`made ${target.into} from ${source.slug}: windows divided by ${plan.speed} (code every ${settings.qrRotationSeconds} s, ${settings.submitWindowSeconds} s to choose, ${settings.baristaWindowSeconds} s to make)`);

  const runId = Date.now().toString(36);
  const baristas = new Map<string, HttpSession>();
  for (const [index, barista] of (plan.baristas.length ? plan.baristas : [{ id: "", name: "Replay Barista" }]).entries()) {
    const name = barista.name.length >= 2 ? barista.name.slice(0, 60) : `Barista ${index + 1}`;
    baristas.set(barista.id, await addRobotBarista(organiser, { slug: target.into, email: `replay-${runId}-${index}@robots.presso.local`, name }, timings));
  }
  const anyBarista = [...baristas.values()][0]!;
  const baristaFor = (id: string | null) => (id && baristas.get(id)) || anyBarista;
  if (plan.openAtStart) await organiser.mutate("board.setStoreOpen", { slug: target.into, open: true });
  const menu = await organiser.query<Menu>("event.menu", { slug: target.into });
  const desk = new CodeDesk(organiser, target.into, 1000);

  const guests = new Map<string, Promise<HttpSession>>();
  const guestFor = (attendee: OrderScript["attendee"]) => {
    let guest = guests.get(attendee.id);
    if (!guest) {
      const session = new HttpSession(target.url, timings);
      guest = signInGuest(session, attendee.name, () => signal?.aborted ?? false).then(() => session);
      guests.set(attendee.id, guest);
    }
    return guest;
  };

  // Causes before effects, whatever the machine's pace: a booth switch waits until every order has given its
  // commands recorded before it (a close after the last pick-up stays after it), and an attendee's next order waits
  // for their previous one to end (the booth allows one open order each).
  const nextStepAt = new Map<OrderScript, number>(plan.orders.map((script) => [script, script.startAtMs]));
  const progress = new Bell();
  const advance = (script: OrderScript, atMs: number) => {
    nextStepAt.set(script, atMs);
    progress.ring();
  };
  const ordersReach = async (atMs: number) => {
    while (!signal?.aborted && Math.min(...nextStepAt.values()) < atMs) await progress.wait(1000, signal);
  };
  const previousOrder = new Map<string, Promise<void>>();

  const tally = new RobotTally();
  const report: ReplayReport = { slug: target.into, recorded: noEndings(), replayed: noEndings(), differences: [], tally };
  const startsAt = Date.now() + 2000;
  const at = (atMs: number) => pause(startsAt + atMs - Date.now(), signal);
  // How long a command waits for the state it needs: the order's windows, with room for a busy machine.
  const patienceMs = (settings.submitWindowSeconds + settings.baristaWindowSeconds) * 1000 + 60_000;

  async function give(step: Timed<OrderStep>, orderId: string, attendee: HttpSession) {
    const slug = target.into;
    switch (step.kind) {
      case "submit":
        await attendee.mutate("attendee.submitOrder", { orderId, choice: recordedChoice(menu, step.drink) });
        return tally.add("submitted");
      case "cancel":
        if (step.by === "attendee") return void (await attendee.mutate("attendee.cancelOrder", { orderId }));
        return void (await (step.by === "organiser" ? organiser : baristaFor(step.baristaId)).mutate("board.cancel", { slug, orderId, reason: step.reason.padEnd(3, ".") }));
      default:
        await baristaFor(step.baristaId).mutate(`board.${step.kind}`, { slug, orderId });
        if (step.kind === "complete") tally.add("made");
    }
  }

  function playOrder(script: OrderScript): Promise<void> {
    report.recorded[script.recordedEnding]++;
    const before = previousOrder.get(script.attendee.id) ?? Promise.resolve();
    const played = before.then(() => playOrderSteps(script)).finally(() => advance(script, Infinity));
    previousOrder.set(script.attendee.id, played.catch(() => {}));
    return played;
  }

  async function playOrderSteps(script: OrderScript): Promise<void> {
    const label = `order ${script.recordedOrderId} (${script.attendee.name})`;
    await at(script.startAtMs);
    if (signal?.aborted) return;
    const attendee = await guestFor(script.attendee);
    let orderId: string | undefined;
    for (let tries = 0; !orderId && tries < 10 && !signal?.aborted; tries++) {
      // A code shows only while the store is open: an order recorded as scanned just before a close waits a while, no more.
      const code = await desk.code(AbortSignal.any([...(signal ? [signal] : []), AbortSignal.timeout(20_000)]));
      if (code === null) break;
      try {
        ({ orderId } = await attendee.mutate<{ orderId: string }>("attendee.startOrder", { slug: target.into, code }));
      } catch (error) {
        if (!(error instanceof TrpcError)) throw error;
        if (error.code === "PRECONDITION_FAILED" && !/code/.test(error.message)) {
          // Refused before it began (closed, full, over the limit): the recording's rejection, said at the start.
          tally.add("refused");
          report.replayed.REJECTED++;
          if (script.recordedEnding !== "REJECTED") report.differences.push(`${label}: refused at the start (${error.message})`);
          return;
        }
        desk.forget(error.code === "PRECONDITION_FAILED");
      }
    }
    if (!orderId) return void (signal?.aborted || report.differences.push(`${label}: could not start (no code on the booth screen: the store was closed)`));
    advance(script, script.steps[0]?.atMs ?? Infinity);
    tally.add("started");
    tally.open.add(orderId);
    const watch = await watchOrder(attendee, orderId, 2000);
    try {
      for (const step of script.steps) {
        await at(step.atMs);
        if (signal?.aborted) break;
        const order = await watch.until((o) => ready[step.kind](o, step) || isOverStatus(o.status), `state for ${step.kind}`, patienceMs);
        if (isOverStatus(order.status)) {
          report.differences.push(`${label}: ${order.status} before its ${step.kind}`);
          break;
        }
        try {
          await give(step, orderId, attendee);
        } catch (error) {
          report.differences.push(`${label}: ${step.kind} refused: ${(error as Error).message}`);
          break;
        }
        advance(script, script.steps[script.steps.indexOf(step) + 1]?.atMs ?? Infinity);
      }
      advance(script, Infinity);
      if (signal?.aborted && !isOverStatus(watch.current().status)) {
        await organiser.mutate("board.cancel", { slug: target.into, orderId, reason: "The replay was stopped." }).catch(() => {});
      }
      // The booth's windows end whatever the recording left open.
      const end = await watch.until((o) => isOverStatus(o.status), "its end", patienceMs).catch(() => watch.current());
      const ending: Ending = isOverStatus(end.status) ? (end.status as Ending) : "open";
      report.replayed[ending]++;
      if (ending === "PICKED_UP") tally.add("pickedUp");
      else if (ending === "CANCELLED") tally.add("cancelled");
      else if (ending === "TIMED_OUT") tally.add("timedOut");
      else if (ending === "REJECTED") tally.add("refused");
      if (ending !== script.recordedEnding && !report.differences.some((line) => line.startsWith(label))) {
        report.differences.push(`${label}: ended ${ending}, recorded ${script.recordedEnding}`);
      }
    } catch (error) {
      tally.add("errors", `${label}: ${(error as Error).message}`);
    } finally {
      tally.open.delete(orderId);
      watch.close();
    }
  }

  async function playBooth() {
    for (const step of plan.booth) {
      await at(step.atMs);
      await ordersReach(step.atMs);
      if (signal?.aborted) return;
      try {
        if (step.kind === "store") await organiser.mutate("board.setStoreOpen", { slug: target.into, open: step.open });
        else if (step.kind === "drink") {
          const item = menu.find((candidate) => candidate.name === step.drink);
          if (!item) throw new Error(`"${step.drink}" is not on the new event's menu`);
          await organiser.mutate("staff.setItemAvailability", { slug: target.into, menuItemId: item.id, available: step.available });
        } else await organiser.mutate("staff.setOptionAvailability", { slug: target.into, group: step.group, option: step.option, available: step.available });
      } catch (error) {
        report.differences.push(`the booth's ${step.kind} switch at ${Math.round(step.atMs / 1000)} s: ${(error as Error).message}`);
      }
    }
  }

  const reporter = setInterval(() => log(tally.line()), (options.reportSeconds ?? 10) * 1000);
  try {
    await Promise.all([playBooth(), ...plan.orders.map((script) => playOrder(script).catch((error: Error) => tally.add("errors", error.message)))]);
  } finally {
    clearInterval(reporter);
  }
  log(tally.line());
  return report;
}

/** The replay's last words: what was recorded and what happened, ending by ending, and what differed. */
export function describeReport(report: ReplayReport, leftOut: string[]): string {
  const endings = (Object.keys(report.recorded) as Ending[]).map((ending) => `${ending.toLowerCase().replace("_", " ")} ${report.recorded[ending]} → ${report.replayed[ending]}`);
  return [
    `replayed into ${report.slug}: recorded → replayed: ${endings.join(", ")}`,
    report.differences.length ? `${report.differences.length} difference(s):\n${report.differences.slice(0, 20).map((line) => `  ${line}`).join("\n")}` : "every order ended as recorded",
    ...(leftOut.length ? [`left out: ${leftOut.join("; ")}`] : []),
    ...(report.tally.problems.length ? ["problems:", ...report.tally.problems.map((line) => `  ${line}`)] : []),
  ].join("\n");
}
