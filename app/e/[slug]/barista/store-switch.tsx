"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../trpc-client";

/** The store's state and the one tap that flips it (no confirmation: flipping it back is just as quick). */
export function StoreSwitch({ slug, open, report }: { slug: string; open: boolean; report: (problem: string | null) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setStoreOpen = useMutation(
    trpc.board.setStoreOpen.mutationOptions({
      onMutate: () => report(null),
      onError: (error) => report(error.message),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.board.orders.queryKey({ slug }) }),
    }),
  );
  return (
    <>
      <span className={`badge ${open ? "open" : "closed"}`}>Store {open ? "open" : "closed"}</span>
      <button
        type="button"
        className={open ? "small secondary" : "small"}
        disabled={setStoreOpen.isPending}
        onClick={() => setStoreOpen.mutate({ slug, open: !open })}
      >
        {open ? "Close store" : "Open store"}
      </button>
    </>
  );
}
