"use client";
import { useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";
import { useTRPC } from "../../../trpc-client";
import { useNow } from "../../../use-now";
import { DataTable, tableTime } from "../../data-table";
import { durationText } from "./figures/figure-format";

type OnShift = inferRouterOutputs<AppRouter>["admin"]["staff"]["onShift"];

const screenNames = { BOARD: "Barista board", DISPLAY: "Booth screen" } as const;

/**
 * Re-read this often: boards check in once a minute, so a fresher list would show nothing new. Polling the one
 * console works the same with the embedded server and with Ably, and check-ins need no channel of their own.
 */
const rereadEveryMs = 15_000;

/** Who has a board or booth screen of this event open now (checked in within two minutes), since when, last seen. */
export function OnShift({ slug, timeZone, initial }: { slug: string; timeZone: string; initial: OnShift }) {
  const trpc = useTRPC();
  const shifts = useQuery({ ...trpc.admin.staff.onShift.queryOptions({ slug }), initialData: initial, refetchInterval: rereadEveryMs }).data;
  const now = useNow();
  const seenAgo = (lastSeenAt: Date) =>
    now === null ? tableTime(lastSeenAt, timeZone) : `${durationText(Math.max(0, (now - lastSeenAt.getTime()) / 1000))} ago`;
  return (
    <DataTable
      label="On shift now"
      empty="Nobody is on shift: no barista board or booth screen of this event has been open in the last two minutes."
      rows={shifts}
      rowKey={(shift) => `${shift.userId}:${shift.screen}`}
      columns={[
        { header: "Name", cell: (shift) => shift.name },
        { header: "Screen", cell: (shift) => screenNames[shift.screen] },
        { header: "On shift since", cell: (shift) => tableTime(shift.since, timeZone) },
        { header: "Last seen", cell: (shift) => seenAgo(shift.lastSeenAt) },
      ]}
    />
  );
}
