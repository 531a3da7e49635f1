"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "../../trpc-client";

/** Starts the engine's self-test run; the list shows it running, waiting, sleeping, then completed. */
export function SelfTestButton() {
  const trpc = useTRPC();
  const router = useRouter();
  const selfTest = useMutation(trpc.runs.selfTest.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <p className="row">
      <button type="button" className="small" disabled={selfTest.isPending} onClick={() => selfTest.mutate()}>
        Run the engine self-test
      </button>
      <button type="button" className="small secondary" onClick={() => router.refresh()}>
        Refresh
      </button>
      {selfTest.error && <span className="error">{selfTest.error.message}</span>}
    </p>
  );
}
