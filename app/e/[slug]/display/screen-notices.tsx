import type { WakeLockState } from "../../../wake-lock";
import styles from "./display.module.css";

/**
 * What the person setting up the booth must fix, in plain words along the bottom of the screen: a code phones
 * cannot open, or a screen that may go to sleep. Nothing shows when all is well.
 */
export function ScreenNotices({ openInstead, wakeLock }: { openInstead: string[] | null; wakeLock: WakeLockState }) {
  if (openInstead === null && wakeLock === "on") return null;
  return (
    <aside className={styles.notices} aria-label="Screen set-up">
      {openInstead !== null && (
        <p className={styles.notice}>
          <strong>Phones cannot open this code:</strong> this screen was opened at localhost, which on a phone means the phone itself.{" "}
          {openInstead.length > 0 ? (
            <>
              Open this screen at{" "}
              {openInstead.map((address, index) => (
                <span key={address}>
                  {index > 0 && " or "}
                  <strong className={styles.address}>{address}</strong>
                </span>
              ))}{" "}
              instead, or set PRESSO_PUBLIC_URL.
            </>
          ) : (
            <>This computer has no network address phones could use: join the booth&apos;s Wi-Fi, or set PRESSO_PUBLIC_URL.</>
          )}
        </p>
      )}
      {wakeLock !== "on" && <p className={styles.notice}>Screen may sleep: keep this tab in front / check power settings</p>}
    </aside>
  );
}
