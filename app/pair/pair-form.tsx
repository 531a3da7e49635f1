"use client";
import { useActionState } from "react";
import { pairDevice, type PairingProblem } from "./pair-action";

/** One field, typed with a remote or a keyboard: any case, with or without the space. */
export function PairForm({ code }: { code?: string }) {
  const [problem, action, pending] = useActionState<PairingProblem, FormData>(pairDevice, null);
  return (
    <form action={action} className="card stack" aria-label="Pair this device">
      <label>
        Pairing code
        <input
          name="code"
          defaultValue={code}
          required
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={9}
          aria-describedby="pairing-hint"
          aria-invalid={problem ? true : undefined}
          style={{ fontSize: "2rem", letterSpacing: "0.2em", textTransform: "uppercase" }}
        />
      </label>
      <p id="pairing-hint" className="hint">
        The organiser&apos;s console shows it under Staff, for 15 minutes.
      </p>
      {problem && (
        <p className="error" role="alert">
          {problem.message}
        </p>
      )}
      <button type="submit" disabled={pending}>
        Pair
      </button>
    </form>
  );
}
