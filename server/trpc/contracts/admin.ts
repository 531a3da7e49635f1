import { z } from "zod";
import { tallyKeys } from "../../robots/robot-tally";
import { staffRole } from "./common";
import { menu, publicEventInfo } from "./event";

/**
 * An event as its organiser manages it: address, name, place and language, colour, the store switch and every
 * limit the organiser sets. Row timestamps stay on the server.
 */
export const eventSettings = publicEventInfo.extend({
  id: z.string(),
  qrRotationSeconds: z.number().int(),
  drinksPerCode: z.number().int(),
  maxOpenOrders: z.number().int(),
  maxOpenOrdersPerAttendee: z.number().int(),
  maxOrdersPerAttendeePerDay: z.number().int(),
  submitWindowSeconds: z.number().int(),
  baristaWindowSeconds: z.number().int(),
  readyDisplaySeconds: z.number().int(),
});

/** An event's logo after a change: its new version, or null when it has none. */
export const eventLogo = z.object({ logoDigest: z.string().nullable() });

/** The organiser's events table, by name. */
export const eventSettingsList = z.array(eventSettings);

/** A drink just added to a menu, changed or removed. */
export const addedMenuItem = z.object({ id: z.string(), name: z.string() });

/**
 * The menu editor's view of an event: its name and whether the store is open (to warn when nothing is left to
 * order), and the whole menu with each drink's picture.
 */
export const editableMenu = z.object({
  // The id names the board's channel, where the editor hears other organisers' and baristas' changes.
  event: z.object({ id: z.string(), slug: z.string(), name: z.string(), storeOpen: z.boolean() }),
  items: z.array(menu.element.extend({ icon: z.string() })),
});

/** Whether a drink moved (it was at the end already otherwise). */
export const movedMenuItem = z.object({ moved: z.boolean() });

/**
 * One person on an event's staff, for the organiser only: their id (to remove them), name, e-mail and role.
 * Never their password hash or sessions.
 */
export const staffMember = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: staffRole,
});

export const staffList = z.array(staffMember);

/** Who has a board or booth screen of the event open now, since when, and when it last checked in. */
export const onShiftList = z.array(
  z.object({ userId: z.string(), name: z.string(), screen: z.enum(["BOARD", "DISPLAY"]), since: z.date(), lastSeenAt: z.date() }),
);

/** A pairing code as the console shows it ("K7M Q2P"), the path that carries it, and when it stops working. */
export const pairingCode = z.object({ code: z.string(), path: z.string(), expiresAt: z.date() });

/** Removing someone returns nothing. */
export const nothing = z.void();

const count = z.number().int().min(0);
const percentiles = z.object({ count, p50: z.number().nullable(), p90: z.number().nullable() });
const timing = z.object({ orders: count, wait: percentiles, make: percentiles });

/**
 * An event's figures for the organiser (server/services/metrics/read-metrics-summary.ts says what each counts).
 * People appear by name only, code windows by their first and last redemption: no ids.
 */
export const metricsSummary = z.object({
  timeZone: z.string(),
  funnel: z.object({ started: count, accepted: count, submitted: count, queued: count, made: count, pickedUp: count }),
  outcomes: z.record(z.enum(["STARTED", "QUEUED", "MAKING", "READY", "PICKED_UP", "CANCELLED", "TIMED_OUT", "REJECTED"]), count),
  cancelled: z.object({
    byWho: z.object({ attendee: count, barista: count, organiser: count }),
    byReason: z.array(z.object({ by: z.string(), reason: z.string(), count })),
  }),
  timedOut: z.object({ submit: count, barista: count }),
  rejected: z.array(z.object({ reason: z.string(), count })),
  recalls: count,
  releases: count,
  times: z.object({
    overall: timing,
    byDrink: z.array(timing.extend({ drink: z.string() })),
    byBarista: z.array(timing.extend({ barista: z.string() })),
  }),
  qrWindows: z.array(z.object({ firstRedeemedAt: z.date(), lastRedeemedAt: z.date(), redeemed: count, returned: count })),
  hourly: z.array(
    z.object({
      hour: z.string().describe("the local hour, YYYY-MM-DDTHH:00 in the event's zone"),
      hourStart: z.date(),
      started: count,
      accepted: count,
      submitted: count,
      queued: count,
      made: count,
      pickedUp: count,
      timedOut: count,
      cancelled: count,
      cancelledByAttendee: count,
      cancelledByBarista: count,
      cancelledByOrganiser: count,
      rejected: count,
      redeemed: count,
      drinksReturned: count,
    }),
  ),
  hourlyTimes: z.array(
    z.object({
      hour: z.string().describe("the local hour the drinks were ready in, YYYY-MM-DDTHH:00"),
      made: count,
      wait: z.object({ p50: z.number().nullable(), p90: z.number().nullable() }),
      make: z.object({ p50: z.number().nullable(), p90: z.number().nullable() }),
    }),
  ),
});

/** A CSV file to download, with the name to save it under. */
export const csvFile = z.object({ filename: z.string(), csv: z.string() });

/** The robots at one event, as the console shows them: the last run since the server started, or none. */
export const robotsRun = z.object({
  available: z.boolean(),
  run: z
    .object({
      state: z.enum(["starting", "running", "stopping", "stopped", "failed"]),
      crew: z.object({ attendees: z.number(), baristas: z.number(), pace: z.number(), minutes: z.number().optional() }),
      startedBy: z.string(),
      startedAt: z.date(),
      counts: z.record(z.enum(tallyKeys), z.number()),
      open: z.number(),
      lines: z.array(z.string()),
      problems: z.array(z.string()),
    })
    .nullable(),
});
