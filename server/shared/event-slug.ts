import { z } from "zod";

/** The web address of a conference event (`/e/<slug>`): shared by every service that names an event. */
export const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case letters, digits and single hyphens");
