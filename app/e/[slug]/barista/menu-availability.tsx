"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useTranslations } from "next-intl";
import { channels } from "@/server/realtime/channels";
import type { AppRouter } from "@/server/trpc/root";
import { useChannel } from "../../../realtime/realtime-provider";
import { useTRPC } from "../../../trpc-client";
import { sendNowOrFail, useCanSend, useFailureMessage } from "./send-now";
import { sharedOptions, type OptionStock } from "./shared-options";

type Menu = inferRouterOutputs<AppRouter>["staff"]["event"]["menu"];

const stockWords = { available: "available", "sold-out": "soldOut", "some-sold-out": "someSoldOut" } as const satisfies Record<OptionStock, string>;

/**
 * The drinks of this event and their options, live; a barista marks a drink, or an option on every drink that
 * offers it (oat milk), sold out or back on with one tap. It sits below the board, whose header already shows the
 * connection state.
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
  const t = useTranslations("Board.menu");
  const failureMessage = useFailureMessage();
  const settled = {
    ...sendNowOrFail,
    onSuccess: () => reread(),
    // Not awaited: while the network is down the re-read waits for it, and the failure must show now.
    onError: () => void reread(),
  };
  const setAvailability = useMutation(trpc.staff.setItemAvailability.mutationOptions(settled));
  const setOptionAvailability = useMutation(trpc.staff.setOptionAvailability.mutationOptions(settled));
  const busy = setAvailability.isPending || setOptionAvailability.isPending || !canSend;
  const failure = setAvailability.error ?? setOptionAvailability.error;
  return (
    <>
      {failure && (
        <p className="error" role="alert">
          {failureMessage(failure, t("change"))}
        </p>
      )}
      <ul className="list" aria-label={t("list")}>
        {menu.map((item) => (
          <li key={item.id} className="card row">
            <div>
              <strong>{item.name}</strong>{" "}
              <span className={`badge ${item.available ? "available" : "unavailable"}`}>
                {item.available ? t("available") : t("soldOut")}
              </span>
              {item.optionGroups.length > 0 && (
                <p className="hint">{item.optionGroups.map((group) => group.name).join(" · ")}</p>
              )}
            </div>
            <button
              type="button"
              className="small secondary"
              disabled={busy}
              onClick={() => setAvailability.mutate({ slug, menuItemId: item.id, available: !item.available })}
            >
              {item.available ? t("markSoldOut", { name: item.name }) : t("putBack", { name: item.name })}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t("options")}</h3>
      <p className="hint">{t("optionsHint")}</p>
      {sharedOptions(menu).map((group) => (
        <ul key={group.name} className="list" aria-label={group.name}>
          {group.options.map((option) => {
            const available = option.stock === "available";
            return (
              <li key={option.name} className="card row">
                <div>
                  <strong>{option.name}</strong> <span className="hint">{group.name}</span>{" "}
                  <span className={`badge ${available ? "available" : "unavailable"}`}>{t(stockWords[option.stock])}</span>
                </div>
                <button
                  type="button"
                  className="small secondary"
                  disabled={busy}
                  // "Some drinks" means sold out somewhere: the tap that helps most then is to mark it sold out everywhere.
                  onClick={() => setOptionAvailability.mutate({ slug, group: group.name, option: option.name, available: option.stock === "sold-out" })}
                >
                  {option.stock === "sold-out" ? t("putBack", { name: option.name }) : t("markSoldOut", { name: option.name })}
                </button>
              </li>
            );
          })}
        </ul>
      ))}
    </>
  );
}
