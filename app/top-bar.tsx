import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/server/auth/actor";
import { SignOutButton } from "./sign-out-button";

export async function TopBar({ actor }: { actor: Actor }) {
  const t = await getTranslations("TopBar");
  return (
    <header className="topbar">
      {/* eslint-disable-next-line presso/no-hard-coded-text -- the brand's name is the same in every language */}
      <Link href="/">Presso</Link>
      {actor.kind === "anonymous" ? (
        <Link href="/signin" className="signin">
          {t("signIn")}
        </Link>
      ) : (
        <div className="row">
          <span className="who">{t.rich("signedInAs", { name: actor.name, strong: (chunks) => <strong>{chunks}</strong> })}</span>
          {/* Its words come from here, so the button needs no messages in the browser. */}
          <SignOutButton label={t("signOut")} />
        </div>
      )}
    </header>
  );
}
