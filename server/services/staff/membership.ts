import { z } from "zod";
import { newStaffPassword, staffEmail, staffName, createStaffAccount } from "../../auth/accounts";
import type { Db } from "../../db/client";
import { NotFoundError } from "../../errors";
import { slug } from "../../shared/event-slug";
import { id } from "../../validation/id";

export const staffRole = z.enum(["BARISTA", "DISPLAY"]);
export type StaffRole = z.infer<typeof staffRole>;

/** This user's role at this event, or null when they are not on its staff. */
export async function findStaffRole(db: Db, eventId: string, userId: string): Promise<StaffRole | null> {
  const membership = await db.eventStaff.findUnique({ where: { eventId_userId: { eventId, userId } } });
  return membership?.role ?? null;
}

export const addStaffMemberInput = z
  .object({
    slug,
    email: staffEmail,
    role: staffRole.default("BARISTA"),
    // Only for a person without an account yet: their account is created with these.
    newAccount: z.object({ name: staffName, password: newStaffPassword }).strict().optional(),
  })
  .strict();
export type AddStaffMemberInput = z.infer<typeof addStaffMemberInput>;

/** Puts a staff member on an event (or changes their role), creating their account when asked to. */
export async function addStaffMember(db: Db, input: AddStaffMemberInput) {
  const event = await db.event.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (!event) throw new NotFoundError(`There is no event "${input.slug}"`);
  let user = await db.user.findUnique({ where: { email: input.email } });
  if (!user) {
    if (!input.newAccount) {
      throw new NotFoundError(`There is no account for ${input.email}: give a name and a password to create one`);
    }
    user = await createStaffAccount(db, { email: input.email, ...input.newAccount });
  }
  const membership = await db.eventStaff.upsert({
    where: { eventId_userId: { eventId: event.id, userId: user.id } },
    create: { eventId: event.id, userId: user.id, role: input.role },
    update: { role: input.role },
  });
  return { userId: user.id, name: user.name, email: user.email, role: membership.role };
}

export const removeStaffMemberInput = z.object({ slug, userId: id }).strict();
export type RemoveStaffMemberInput = z.infer<typeof removeStaffMemberInput>;

export async function removeStaffMember(db: Db, input: RemoveStaffMemberInput) {
  const { count } = await db.eventStaff.deleteMany({ where: { userId: input.userId, event: { slug: input.slug } } });
  if (count === 0) throw new NotFoundError("This person is not on the staff of this event");
}

export async function listStaff(db: Db, eventId: string) {
  const members = await db.eventStaff.findMany({
    where: { eventId },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return members.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role }));
}

/** The events a staff member works at; organisers see every event. */
export async function listEventsOfStaff(db: Db, userId: string, isOrganiser: boolean) {
  if (isOrganiser) {
    const events = await db.event.findMany({ orderBy: { name: "asc" } });
    return events.map((event) => ({ event, role: "ORGANISER" as const }));
  }
  const memberships = await db.eventStaff.findMany({
    where: { userId },
    include: { event: true },
    orderBy: { event: { name: "asc" } },
  });
  return memberships.map((m) => ({ event: m.event, role: m.role }));
}
