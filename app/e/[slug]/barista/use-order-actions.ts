"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "../../../trpc-client";
import { applyBoardAnswer } from "./apply-board-push";
import type { BoardOrder } from "./board-types";
import { sendNowOrFail, useFailureMessage } from "./send-now";

type Verb = "make" | "release" | "ready" | "recall" | "pickUp" | "cancel";

/**
 * What a barista can do to one order. Each tap is sent at once or fails at once (never later). A tap won moves
 * its card at once from the answer (apply-board-push.ts); a tap lost, or one whose answer never came, re-reads the
 * board, so a card a tap could not move shows where it really stands.
 */
export function useOrderActions(slug: string, orderNumber: number, report: (problem: string | null) => void, claimed: () => void = () => {}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations("Board");
  const failureMessage = useFailureMessage();
  const reread = () => queryClient.invalidateQueries({ queryKey: trpc.board.orders.queryKey({ slug }) });
  const options = (verb: Verb) => ({
    ...sendNowOrFail,
    onMutate: () => report(null),
    onSuccess: (answer: { id: string; status: BoardOrder["status"]; baristaName: string | null }) => {
      // Before the card moves: the move unmounts it from the column it was in, and with it any callback of its own.
      if (verb === "make") claimed();
      const key = trpc.board.orders.queryKey({ slug });
      const current = queryClient.getQueryData(key);
      if (current) queryClient.setQueryData(key, applyBoardAnswer(current, answer, new Date()));
    },
    // Not awaited: while the network is down the re-read waits for it, and the failure must show now.
    onError: (error: { message: string; data?: unknown }) => {
      report(failureMessage(error, t("action", { verb: t(`verbs.${verb}`), number: String(orderNumber) })));
      void reread();
    },
  });
  const claim = useMutation(trpc.board.claim.mutationOptions(options("make")));
  const release = useMutation(trpc.board.release.mutationOptions(options("release")));
  const complete = useMutation(trpc.board.complete.mutationOptions(options("ready")));
  const recall = useMutation(trpc.board.recall.mutationOptions(options("recall")));
  const pickUp = useMutation(trpc.board.pickUp.mutationOptions(options("pickUp")));
  const cancel = useMutation(trpc.board.cancel.mutationOptions(options("cancel")));
  const busy = [claim, release, complete, recall, pickUp, cancel].some((mutation) => mutation.isPending);
  return { claim, release, complete, recall, pickUp, cancel, busy };
}
