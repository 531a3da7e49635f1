import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { slug } from "../../services/config/event-settings";
import { findEventBySlug } from "../../services/config/find-event";
import { browseJournal } from "../../services/journal/browse-journal";
import { findOrdersByNumber } from "../../services/journal/find-orders-by-number";
import { catalog } from "../../events/catalog";
import { localTimeToInstant } from "../../shared/local-time";
import { journalPage } from "../contracts/journey";
import { organiserProcedure } from "../init";

const localTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "is not a date and time (YYYY-MM-DDTHH:mm)");

/** The journal browser's filters, as the page's form sends them; times are wall-clock times in the event's zone. */
export const journalFilterInput = z
  .object({
    slug: slug.optional(),
    /** An order number (needs an event: numbers restart every day there) or an order id. */
    order: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is neither an order number nor an order id").optional(),
    name: z.enum(catalog.map((definition) => definition.name) as [string, ...string[]]).optional(),
    from: localTime.optional(),
    to: localTime.optional(),
    cursor: z.string().max(200).optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

const badInput = (message: string) => new TRPCError({ code: "BAD_REQUEST", message });

/** The organiser's journal browser: newest first, a page at a time. */
export const browseJournalProcedure = organiserProcedure
  .input(journalFilterInput)
  .output(journalPage)
  .query(async ({ ctx, input }) => {
    const event = input.slug ? await findEventBySlug(ctx.db, input.slug) : null;
    // Without an event, times are UTC (as the console shows them).
    const timeZone = event?.timeZone ?? "UTC";
    let orderIds: string[] | undefined;
    if (input.order && /^\d+$/.test(input.order)) {
      if (!event) throw badInput("Choose an event to find an order by its number: numbers restart every day at each event.");
      const matches = await findOrdersByNumber(ctx.db, { eventId: event.id, orderNumber: Number(input.order), timeZone });
      orderIds = matches.map((match) => match.orderId);
    } else if (input.order) {
      orderIds = [input.order];
    }
    const instant = (local: string | undefined, field: string) => {
      if (!local) return undefined;
      const at = localTimeToInstant(local, timeZone);
      if (!at) throw badInput(`The ${field} time is not a date and time.`);
      return at;
    };
    // "Until 10:30" takes in the whole of that minute, as a person reading a clock means it.
    const until = instant(input.to, "to");
    const to = until && new Date(until.getTime() + 60_000);
    const filter = { eventId: event?.id, orderIds, name: input.name, from: instant(input.from, "from"), to };
    return { timeZone, ...(await browseJournal(ctx.db, filter, { cursor: input.cursor, limit: input.limit })) };
  });
