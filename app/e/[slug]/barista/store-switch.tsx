"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../trpc-client";
import { failureMessage, sendNowOrFail, useCanSend } from "./send-now";

/** The store's state and the one tap that flips it (no confirmation: flipping it back is just as quick). */
export function StoreSwitch({ slug, open, report }: { slug: string; open: boolean; report: (problem: string | null) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canSend = useCanSend();
  const reread = () => queryClient.invalidateQueries({ queryKey: trpc.board.orders.queryKey({ slug }) });
  const setStoreOpen = useMutation(
    trpc.board.setStoreOpen.mutationOptions({
      ...sendNowOrFail,
      onMutate: () => report(null),
      onSuccess: () => reread(),
      onError: (error) => {
        report(failureMessage(error, open ? "Close store" : "Open store"));
        void reread();
      },
    }),
  );
  return (
    <>
      <span className={`badge ${open ? "open" : "closed"}`}>Store {open ? "open" : "closed"}</span>
      <button
        type="button"
        className={open ? "small secondary" : "small"}
        disabled={setStoreOpen.isPending || !canSend}
        onClick={() => setStoreOpen.mutate({ slug, open: !open })}
      >
        {open ? "Close store" : "Open store"}
      </button>
    </>
  );
}
