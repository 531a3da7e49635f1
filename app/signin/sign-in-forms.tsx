"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { safeCallbackPath } from "@/server/auth/callback-path";
import { outcomeMessage, postSignIn, type Provider } from "./post-sign-in";

export function SignInForms({ callbackPath }: { callbackPath: string }) {
  const router = useRouter();
  const [pending, setPending] = useState<Provider | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Provider, string>>>({});

  async function submit(provider: Provider, event: FormEvent<HTMLFormElement>, refused: string) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fields = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
    setPending(provider);
    setErrors({});
    // Checked again here, against the address this page was opened at, right before it is followed.
    const destination = safeCallbackPath(callbackPath, window.location.origin);
    const outcome = await postSignIn(provider, fields, destination, window.location.origin);
    if (outcome.kind === "signed-in") {
      router.replace(destination);
      router.refresh();
      return;
    }
    setErrors({ [provider]: outcomeMessage(outcome, refused) });
    setPending(null);
  }

  return (
    <div className="stack">
      <section className="card" aria-labelledby="guest-heading">
        <h2 id="guest-heading">Here for a coffee?</h2>
        <form
          className="stack"
          onSubmit={(e) => submit("guest", e, "Your name needs 2 to 40 letters, digits or spaces.")}
        >
          <label>
            Your name for the cup
            <input name="name" autoComplete="given-name" required minLength={2} maxLength={40} />
          </label>
          {errors.guest && <p className="error" role="status">{errors.guest}</p>}
          <button type="submit" disabled={pending !== null}>
            {pending === "guest" ? "Signing in…" : "Continue"}
          </button>
        </form>
      </section>

      <section className="card" aria-labelledby="staff-heading">
        <h2 id="staff-heading">Staff</h2>
        <form className="stack" onSubmit={(e) => submit("staff", e, "That e-mail and password do not match an account.")}>
          <label>
            E-mail
            <input name="email" type="email" autoComplete="username" required />
          </label>
          <label>
            Password
            <input name="password" type="password" autoComplete="current-password" required />
          </label>
          {errors.staff && <p className="error" role="status">{errors.staff}</p>}
          <button type="submit" disabled={pending !== null}>
            {pending === "staff" ? "Signing in…" : "Sign in"}
          </button>
        </form>
      </section>
    </div>
  );
}
