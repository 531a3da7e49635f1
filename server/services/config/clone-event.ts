import { z } from "zod";
import type { Db } from "../../db/client";
import { ConflictError, isUniqueViolation, NotFoundError } from "../../errors";
import { eventName, slug } from "./event-settings";

export const cloneEventInput = z.object({ from: slug, slug, name: eventName }).strict();
export type CloneEventInput = z.infer<typeof cloneEventInput>;

/**
 * A new event like an existing one: its settings, clock, language, colour and logo, its whole menu (drinks, option groups,
 * options, availability and order) and its staff in their roles; never its orders, codes or journal. The copy starts
 * closed. One transaction: a taken address leaves nothing half-made.
 */
export async function cloneEvent(db: Db, input: CloneEventInput) {
  try {
    return await db.$transaction(
      async (tx) => {
        const source = await tx.event.findUnique({
          where: { slug: input.from },
          include: {
            staff: { select: { userId: true, role: true } },
            logo: { select: { contentType: true, bytes: true } },
            menuItems: { include: { optionGroups: { include: { options: true } } } },
          },
        });
        if (!source) throw new NotFoundError(`There is no event "${input.from}"`);
        const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, staff, menuItems, logo, ...settings } = source;
        const copy = await tx.event.create({ data: { ...settings, slug: input.slug, name: input.name, storeOpen: false } });
        if (logo) await tx.eventLogo.create({ data: { ...logo, eventId: copy.id } });
        if (staff.length > 0) await tx.eventStaff.createMany({ data: staff.map((member) => ({ ...member, eventId: copy.id })) });
        for (const item of menuItems) {
          await tx.menuItem.create({
            data: {
              eventId: copy.id,
              name: item.name,
              description: item.description,
              icon: item.icon,
              station: item.station,
              available: item.available,
              sortOrder: item.sortOrder,
              optionGroups: {
                create: item.optionGroups.map((group) => ({
                  name: group.name,
                  selection: group.selection,
                  required: group.required,
                  maxChoices: group.maxChoices,
                  sortOrder: group.sortOrder,
                  options: {
                    create: group.options.map((option) => ({ name: option.name, isDefault: option.isDefault, available: option.available, sortOrder: option.sortOrder })),
                  },
                })),
              },
            },
          });
        }
        return copy;
      },
      { maxWait: 30_000, timeout: 30_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`An event with the address "${input.slug}" already exists`);
    throw error;
  }
}
