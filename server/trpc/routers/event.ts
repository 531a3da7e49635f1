import { z } from "zod";
import { slug } from "../../services/config/event-settings";
import { findEventBySlug, readPublicEvent } from "../../services/config/find-event";
import { readMenu } from "../../services/config/menu";
import { menu, publicEventInfo } from "../contracts/event";
import { publicProcedure, router } from "../init";

const bySlug = z.object({ slug }).strict();

/** What anyone (an attendee before signing in, the display) may read of an event. */
export const eventRouter = router({
  publicInfo: publicProcedure.input(bySlug).output(publicEventInfo).query(({ ctx, input }) => readPublicEvent(ctx.db, input.slug)),

  menu: publicProcedure.input(bySlug).output(menu).query(async ({ ctx, input }) => {
    const event = await findEventBySlug(ctx.db, input.slug);
    return readMenu(ctx.db, event.id);
  }),
});
