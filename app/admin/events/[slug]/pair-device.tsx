"use client";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../../../trpc-client";

/**
 * A pairing code for a device that should join without an e-mail or password: a TV types the code at /pair, a
 * tablet opens the link. Shown large enough to read across a stand, with the time it stops working.
 */
export function PairDevice({ slug, onPaired }: { slug: string; onPaired?: () => void }) {
  const trpc = useTRPC();
  const [role, setRole] = useState<"DISPLAY" | "BARISTA">("DISPLAY");
  const pairing = useMutation(trpc.admin.staff.pairingCode.mutationOptions({ onSuccess: () => onPaired?.() }));
  const errors = pairing.error?.data?.zodError?.fieldErrors ?? {};

  function submit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    const form = new FormData(formEvent.currentTarget);
    pairing.mutate({ slug, role, name: String(form.get("name") ?? "").trim() });
  }

  const shown = pairing.data;
  return (
    <form className="card stack" onSubmit={submit} aria-label="Pair a device" noValidate>
      <label>
        Device
        <select name="role" value={role} onChange={(event) => setRole(event.target.value === "BARISTA" ? "BARISTA" : "DISPLAY")}>
          <option value="DISPLAY">Booth screen (a TV: types the code with its remote)</option>
          <option value="BARISTA">Bar tablet (opens the link)</option>
        </select>
      </label>
      <label>
        Name on the staff list
        <input name="name" key={role} defaultValue={role === "DISPLAY" ? "Booth screen" : "Bar tablet"} required />
        {errors.name && <span className="error">{errors.name.join(", ")}</span>}
      </label>
      {pairing.error && !pairing.error.data?.zodError && <p className="error">{pairing.error.message}</p>}
      <button type="submit" disabled={pairing.isPending}>
        Make a pairing code
      </button>
      {shown && (
        <div role="status" className="stack">
          <p>
            On the device, open <strong>{typeof window === "undefined" ? "/pair" : `${window.location.origin}/pair`}</strong> and type
          </p>
          <p aria-label="Pairing code" style={{ fontSize: "2.5rem", fontWeight: 800, letterSpacing: "0.15em", margin: 0 }}>
            {shown.code}
          </p>
          <p className="hint">
            or open <a href={shown.path}>this link</a> on it. Works once, until{" "}
            {shown.expiresAt.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}.
          </p>
        </div>
      )}
    </form>
  );
}
