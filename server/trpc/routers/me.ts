import { z } from "zod";
import { guestName } from "../../auth/guest-name";
import { renamedGuest, whoAmI } from "../contracts/me";
import { attendeeProcedure, publicProcedure, router } from "../init";

export const meRouter = router({
  /** Who the browser is signed in as, or null. Takes no input: anything sent is refused, not ignored. */
  whoAmI: publicProcedure.input(z.void()).output(whoAmI).query(({ ctx }) => {
    const { actor } = ctx;
    if (actor.kind === "anonymous") return null;
    return {
      userId: actor.userId,
      name: actor.name,
      kind: actor.kind,
      isOrganiser: actor.kind === "staff" && actor.isOrganiser,
    };
  }),

  /** An attendee changes the name that goes on their cup. */
  renameGuest: attendeeProcedure.input(z.object({ name: guestName }).strict()).output(renamedGuest).mutation(async ({ ctx, input }) => {
    const user = await ctx.db.user.update({ where: { id: ctx.actor.userId }, data: { name: input.name } });
    return { name: user.name };
  }),
});
