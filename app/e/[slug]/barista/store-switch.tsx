"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "../../../trpc-client";
import styles from "./board.module.css";
import { CloseStoreDialog } from "./close-store-dialog";
import { sendNowOrFail, useCanSend, useFailureMessage } from "./send-now";

/**
 * The store's state and the tap that flips it. Opening is one tap; closing asks first (close-store-dialog.tsx),
 * because people may still be choosing a drink and the barista decides what happens to them.
 */
export function StoreSwitch({ slug, open, report }: { slug: string; open: boolean; report: (problem: string | null) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canSend = useCanSend();
  const t = useTranslations("Board.store");
  const failureMessage = useFailureMessage();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState("");
  const reread = () => queryClient.invalidateQueries({ queryKey: trpc.board.orders.queryKey({ slug }) });
  const setStoreOpen = useMutation(
    trpc.board.setStoreOpen.mutationOptions({
      ...sendNowOrFail,
      onMutate: () => {
        report(null);
        setDone("");
      },
      onSuccess: (result) => {
        setAsking(false);
        setDone(result.storeOpen ? t("opened") : result.ordersEnded > 0 ? t("closedEnded", { count: result.ordersEnded }) : t("closedNow"));
        void reread();
      },
      onError: (error) => {
        setAsking(false);
        report(failureMessage(error, open ? t("closeStore") : t("openStore")));
        void reread();
      },
    }),
  );
  return (
    <>
      <span className={`badge ${open ? "open" : "closed"}`}>{open ? t("open") : t("closed")}</span>
      <button
        type="button"
        className={open ? "small secondary" : "small"}
        disabled={setStoreOpen.isPending || !canSend}
        onClick={() => (open ? setAsking(true) : setStoreOpen.mutate({ slug, open: true }))}
      >
        {open ? t("closeStore") : t("openStore")}
      </button>
      {asking && (
        <CloseStoreDialog
          slug={slug}
          sending={setStoreOpen.isPending}
          canSend={canSend}
          onChoose={(choosing) => setStoreOpen.mutate({ slug, open: false, choosing })}
          onKeepOpen={() => setAsking(false)}
        />
      )}
      <span role="status" className={styles.srOnly}>
        {done}
      </span>
    </>
  );
}
