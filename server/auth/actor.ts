import type { Db } from "../db/client";

/** Who is calling, as read from the database on every request (a removed account or right takes effect at once). */
export type Actor =
  | { kind: "anonymous" }
  | { kind: "guest"; userId: string; name: string }
  | { kind: "staff"; userId: string; name: string; isOrganiser: boolean };

export const anonymous: Actor = { kind: "anonymous" };

export async function loadActor(db: Db, userId: string | undefined): Promise<Actor> {
  if (!userId) return anonymous;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, kind: true, name: true, isOrganiser: true },
  });
  if (!user) return anonymous;
  return user.kind === "GUEST"
    ? { kind: "guest", userId: user.id, name: user.name }
    : { kind: "staff", userId: user.id, name: user.name, isOrganiser: user.isOrganiser };
}
