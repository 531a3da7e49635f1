"use client";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useLayoutEffect, useRef } from "react";
import { useTRPC } from "../../../trpc-client";
import styles from "./close-store-dialog.module.css";

export type ClosingChoice = "let-them-finish" | "end-now";

/**
 * Asks before the store closes (a modal <dialog>: the focus stays inside, Escape keeps the store open, and the
 * focus goes back to "Close store" afterwards). With people choosing, the barista decides what happens to them;
 * with no one choosing, one confirming tap is still asked, because a stray tap on a busy board would otherwise turn
 * the queue away without anyone noticing. The count is the server's, re-read every few seconds while asking.
 */
export function CloseStoreDialog({
  slug,
  sending,
  canSend,
  onChoose,
  onKeepOpen,
}: {
  slug: string;
  /** A choice is on its way: nothing more to tap until it is answered. */
  sending: boolean;
  canSend: boolean;
  onChoose: (choice: ClosingChoice) => void;
  onKeepOpen: () => void;
}) {
  const trpc = useTRPC();
  const t = useTranslations("Board.closeDialog");
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const choosing = useQuery(trpc.board.choosing.queryOptions({ slug }, { staleTime: 0, gcTime: 0, refetchInterval: 3_000 }));
  const attendees = choosing.data?.attendees;

  // A layout effect: its cleanup closes the dialog before React removes it, so the browser puts the focus back.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  let question: string;
  if (choosing.isError) question = t("checkFailed");
  else if (attendees === undefined) question = t("checking");
  else if (attendees === 0) question = t("noOne");
  // "1 person is", "3 people are": what the barista reads before choosing.
  else question = t("choosing", { count: attendees });
  const askWhatToDo = choosing.isError || (attendees ?? 0) > 0;
  const busy = sending || !canSend;

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-question`}
      // Escape: the browser closes the dialog and the store stays open (once a choice is sent, it waits for the answer).
      onCancel={(event) => (sending ? event.preventDefault() : onKeepOpen())}
    >
      <h2 id={`${ids}-title`} className={styles.title}>
        {t("title")}
      </h2>
      <p id={`${ids}-question`} className={styles.question} aria-live="polite">
        {question}
      </p>
      <div className={styles.choices}>
        {askWhatToDo ? (
          <>
            <button type="button" autoFocus disabled={busy} aria-describedby={`${ids}-finish`} onClick={() => onChoose("let-them-finish")}>
              {t("letThemFinish")}
            </button>
            <p id={`${ids}-finish`} className={styles.hint}>
              {t("letThemFinishHint")}
            </p>
            <button type="button" className={styles.danger} disabled={busy} aria-describedby={`${ids}-now`} onClick={() => onChoose("end-now")}>
              {t("closeNow")}
            </button>
            <p id={`${ids}-now`} className={styles.hint}>
              {t("closeNowHint")}
            </p>
          </>
        ) : (
          <button type="button" autoFocus disabled={busy || attendees === undefined} onClick={() => onChoose("let-them-finish")}>
            {t("closeStore")}
          </button>
        )}
        <button type="button" className="secondary" disabled={sending} onClick={onKeepOpen}>
          {t("keepOpen")}
        </button>
      </div>
    </dialog>
  );
}
