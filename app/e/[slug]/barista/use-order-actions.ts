"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../trpc-client";

/** What a barista can do to one order. Each one re-reads the board when it ends, won or lost. */
export function useOrderActions(slug: string, report: (problem: string | null) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const common = {
    onMutate: () => report(null),
    onError: (error: { message: string }) => report(error.message),
    // Returning the promise keeps the buttons disabled until the board shows the outcome.
    onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.board.orders.queryKey({ slug }) }),
  };
  const claim = useMutation(trpc.board.claim.mutationOptions(common));
  const release = useMutation(trpc.board.release.mutationOptions(common));
  const complete = useMutation(trpc.board.complete.mutationOptions(common));
  const recall = useMutation(trpc.board.recall.mutationOptions(common));
  const pickUp = useMutation(trpc.board.pickUp.mutationOptions(common));
  const cancel = useMutation(trpc.board.cancel.mutationOptions(common));
  const busy = [claim, release, complete, recall, pickUp, cancel].some((mutation) => mutation.isPending);
  return { claim, release, complete, recall, pickUp, cancel, busy };
}
