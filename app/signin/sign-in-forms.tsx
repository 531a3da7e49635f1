"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { safeCallbackPath } from "@/server/auth/callback-path";
import { problemMessage } from "../i18n/problem-message";
import { outcomeProblem, postSignIn, type Provider } from "./post-sign-in";

/** The guest's and the staff's sign-in, in the page's language ("SignIn"; a pause's wording from "Problems"). */
export function SignInForms({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations("SignIn");
  const problems = useTranslations("Problems");
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
    const problem = outcomeProblem(outcome);
    setErrors({ [provider]: problem === "refused" ? refused : problem === "unreachable" ? t("unreachable") : problemMessage(problems, problem) });
    setPending(null);
  }

  return (
    <div className="stack">
      <section className="card" aria-labelledby="guest-heading">
        <h2 id="guest-heading">{t("guestHeading")}</h2>
        <form className="stack" onSubmit={(e) => submit("guest", e, problems("name-invalid"))}>
          <label>
            {t("nameForCup")}
            <input name="name" autoComplete="given-name" required minLength={2} maxLength={40} />
          </label>
          {errors.guest && <p className="error" role="status">{errors.guest}</p>}
          <button type="submit" disabled={pending !== null}>
            {pending === "guest" ? t("signingIn") : t("continue")}
          </button>
        </form>
      </section>

      <section className="card" aria-labelledby="staff-heading">
        <h2 id="staff-heading">{t("staffHeading")}</h2>
        <form className="stack" onSubmit={(e) => submit("staff", e, t("wrongPassword"))}>
          <label>
            {t("email")}
            <input name="email" type="email" autoComplete="username" required />
          </label>
          <label>
            {t("password")}
            <input name="password" type="password" autoComplete="current-password" required />
          </label>
          {errors.staff && <p className="error" role="status">{errors.staff}</p>}
          <button type="submit" disabled={pending !== null}>
            {pending === "staff" ? t("signingIn") : t("signIn")}
          </button>
        </form>
      </section>
    </div>
  );
}
