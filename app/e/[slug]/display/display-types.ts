import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

export type DisplayState = inferRouterOutputs<AppRouter>["display"]["state"];
export type CodeWindow = NonNullable<DisplayState["window"]>;
