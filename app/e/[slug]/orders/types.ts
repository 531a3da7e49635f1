import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;

export type AttendeeOrder = Outputs["attendee"]["order"];
export type OrderSummary = Outputs["attendee"]["myOrders"][number];
export type Menu = Outputs["event"]["menu"];
export type MenuItem = Menu[number];
export type OptionGroup = MenuItem["optionGroups"][number];
