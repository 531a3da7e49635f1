"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../trpc-client";
import { failureMessage, sendNowOrFail } from "./send-now";

/**
 * What a barista can do to one order. Each tap is sent at once or fails at once (never later), and the board
 * re-reads itself when it ends, won or lost.
 */
export function useOrderActions(slug: string, orderNumber: number, report: (problem: string | null) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reread = () => queryClient.invalidateQueries({ queryKey: trpc.board.orders.queryKey({ slug }) });
  const options = (verb: string) => ({
    ...sendNowOrFail,
    onMutate: () => report(null),
    // Returning the promise keeps the buttons disabled until the board shows the outcome.
    onSuccess: () => reread(),
    // Not awaited: while the network is down the re-read waits for it, and the failure must show now.
    onError: (error: { message: string; data?: unknown }) => {
      report(failureMessage(error, `${verb} #${orderNumber}`));
      void reread();
    },
  });
  const claim = useMutation(trpc.board.claim.mutationOptions(options("Make")));
  const release = useMutation(trpc.board.release.mutationOptions(options("Release")));
  const complete = useMutation(trpc.board.complete.mutationOptions(options("Ready")));
  const recall = useMutation(trpc.board.recall.mutationOptions(options("Back to making")));
  const pickUp = useMutation(trpc.board.pickUp.mutationOptions(options("Picked up")));
  const cancel = useMutation(trpc.board.cancel.mutationOptions(options("Cancel")));
  const busy = [claim, release, complete, recall, pickUp, cancel].some((mutation) => mutation.isPending);
  return { claim, release, complete, recall, pickUp, cancel, busy };
}
