import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/server/auth/actor";
import { GuestSignOut } from "./guest-sign-out";
import { SignOutButton } from "./sign-out-button";

export async function TopBar({ actor }: { actor: Actor }) {
  const t = await getTranslations("TopBar");
  return (
    <header className="topbar">
      {/* eslint-disable-next-line presso/no-hard-coded-text -- the brand's name is the same in every language */}
      <Link href="/" prefetch={false}>
        Presso
      </Link>
      {actor.kind === "anonymous" ? (
        <Link href="/signin" prefetch={false} className="signin">
          {t("signIn")}
        </Link>
      ) : (
        <div className="row">
          <span className="who">{t.rich("signedInAs", { name: actor.name, strong: (chunks) => <strong>{chunks}</strong> })}</span>
          {/* Their words come from here, so the buttons need no messages in the browser. */}
          {actor.kind === "guest" ? (
            <GuestSignOut words={{ signOut: t("signOut"), question: t("guestSignOutQuestion"), stay: t("stay") }} />
          ) : (
            <SignOutButton label={t("signOut")} />
          )}
        </div>
      )}
    </header>
  );
}
