"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

type Provider = "staff" | "guest";

/** Same-origin paths only: a crafted callbackUrl never sends anyone elsewhere after signing in. */
function safeCallback(callbackUrl: string | undefined, fallback: string): string {
  return callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : fallback;
}

async function signInWith(provider: Provider, fields: Record<string, string>) {
  const attempt = () => signIn(provider, { ...fields, redirect: false });
  let result = await attempt();
  // next-auth v4 answers a CSRF-cookie mix-up with ok:true, error:null and a "csrf=true" URL: ask once more.
  if (result?.url?.includes("csrf=true")) result = await attempt();
  return Boolean(result?.ok && !result.error && !result.url?.includes("csrf=true"));
}

export function SignInForms({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const [pending, setPending] = useState<Provider | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Provider, string>>>({});

  async function submit(provider: Provider, event: FormEvent<HTMLFormElement>, message: string) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fields = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
    setPending(provider);
    setErrors({});
    const ok = await signInWith(provider, fields);
    if (ok) {
      router.replace(safeCallback(callbackUrl, "/"));
      router.refresh();
    } else {
      setErrors({ [provider]: message });
      setPending(null);
    }
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
