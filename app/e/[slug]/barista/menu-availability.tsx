"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { channels } from "@/server/realtime/channels";
import type { AppRouter } from "@/server/trpc/root";
import { useChannel } from "../../../realtime/realtime-provider";
import { useTRPC } from "../../../trpc-client";
import { failureMessage, sendNowOrFail, useCanSend } from "./send-now";

type Menu = inferRouterOutputs<AppRouter>["staff"]["event"]["menu"];

/**
 * The drinks of this event, live; a barista marks one sold out (or back on) with one tap. It sits below the board,
 * whose header already shows the connection state.
 */
export function MenuAvailability({ slug, eventId, initialMenu }: { slug: string; eventId: string; initialMenu: Menu }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const eventQuery = useQuery(trpc.staff.event.queryOptions({ slug }));
  const reread = () => queryClient.invalidateQueries({ queryKey: trpc.staff.event.queryKey({ slug }) });
  // Pushed changes are a cue to re-read, and so is every (re)connect: a message lost in a gap changes nothing.
  useChannel(channels.board(eventId), (message) => message.name === "config.changed" && void reread(), () => void reread());
  const menu = eventQuery.data?.menu ?? initialMenu;
  const canSend = useCanSend();
  const setAvailability = useMutation(
    trpc.staff.setItemAvailability.mutationOptions({
      ...sendNowOrFail,
      onSuccess: () => reread(),
      // Not awaited: while the network is down the re-read waits for it, and the failure must show now.
      onError: () => void reread(),
    }),
  );
  return (
    <>
      {setAvailability.error && (
        <p className="error" role="alert">
          {failureMessage(setAvailability.error, "The menu change")}
        </p>
      )}
      <ul className="list" aria-label="Menu">
        {menu.map((item) => (
          <li key={item.id} className="card row">
            <div>
              <strong>{item.name}</strong>{" "}
              <span className={`badge ${item.available ? "available" : "unavailable"}`}>
                {item.available ? "Available" : "Sold out"}
              </span>
              {item.optionGroups.length > 0 && (
                <p className="hint">{item.optionGroups.map((group) => group.name).join(" · ")}</p>
              )}
            </div>
            <button
              type="button"
              className="small secondary"
              disabled={setAvailability.isPending || !canSend}
              onClick={() => setAvailability.mutate({ slug, menuItemId: item.id, available: !item.available })}
            >
              {item.available ? `Mark ${item.name} sold out` : `Put ${item.name} back on`}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
