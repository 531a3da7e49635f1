/** The Prisma client type the services receive; they never open a database themselves. */
export type { PrismaClient as Db } from "../generated/prisma/client";
export { Prisma } from "../generated/prisma/client";
