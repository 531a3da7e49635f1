import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { WakeLockState } from "../../../wake-lock";
import styles from "./display.module.css";

/**
 * What the person setting up the booth must fix, in plain words along the bottom of the screen: a code phones
 * cannot open, or a screen that may go to sleep. Nothing shows when all is well.
 */
export function ScreenNotices({ openInstead, wakeLock }: { openInstead: string[] | null; wakeLock: WakeLockState }) {
  const t = useTranslations("Display");
  const format = useFormatter();
  if (openInstead === null && wakeLock === "on") return null;
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  // "a or b", "a, b ou c": the addresses joined as the language joins alternatives.
  const addresses = () =>
    format.list(
      openInstead?.map((address) => (
        <strong key={address} className={styles.address}>
          {address}
        </strong>
      )) ?? [],
      { type: "disjunction" },
    );
  return (
    <aside className={styles.notices} aria-label={t("setUp")}>
      {openInstead !== null && (
        <p className={styles.notice}>
          {t.rich("localhost", { strong })} {openInstead.length > 0 ? t.rich("openAt", { addresses }) : t("noAddress")}
        </p>
      )}
      {wakeLock !== "on" && <p className={styles.notice}>{t("maySleep")}</p>}
    </aside>
  );
}
