"use client";
import { useTranslations } from "next-intl";
import { toDataURL } from "qrcode";
import { useEffect, useState } from "react";
import styles from "./display.module.css";
import type { CodeWindow } from "./display-types";
import { orderLink } from "./order-address";

/** "00:42", "04:05": minutes and seconds, as on a kitchen timer. */
export function formatCountdown(seconds: number) {
  return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * What the screen offers attendees right now: the code to scan, a "we are making drinks" pause (this code's drinks
 * are gone, or the code is about to change so nobody scans one that expires on the way), or a closed store.
 * `orderBase` is where phones go (order-address.ts); null until the browser knows its own address.
 */
export function QrPanel({
  slug,
  storeOpen,
  codeWindow,
  now,
  orderBase,
}: {
  slug: string;
  storeOpen: boolean;
  codeWindow: CodeWindow | null;
  now: number;
  orderBase: string | null;
}) {
  const t = useTranslations("Display");
  if (!storeOpen || !codeWindow) {
    return (
      <section className={`${styles.panel} ${styles.closedPanel}`} aria-label={t("ordering")}>
        <p className={styles.closed}>{t("closed")}</p>
      </section>
    );
  }
  const windowSeconds = Math.max(1, Math.round((codeWindow.endsAt.getTime() - codeWindow.startsAt.getTime()) / 1000));
  const secondsLeft = Math.min(windowSeconds, Math.max(0, Math.ceil((codeWindow.endsAt.getTime() - now) / 1000)));
  const nextCode = (
    <p role="timer" className={styles.countdown}>
      {t.rich("newCodeIn", { time: formatCountdown(secondsLeft), digits: (chunks) => <span className={styles.digits}>{chunks}</span> })}
    </p>
  );

  if (codeWindow.drinksLeft <= 0 || secondsLeft <= codeWindow.hideCodeSeconds) {
    return (
      <section className={styles.panel} aria-label={t("ordering")}>
        <p className={styles.making}>{t("making")}</p>
        {nextCode}
        <p className={styles.soon}>{t("soon")}</p>
      </section>
    );
  }

  return (
    <section className={styles.panel} aria-label={t("ordering")}>
      <p className={styles.scan}>{t("scan")}</p>
      <div className={styles.qrBox}>{orderBase === null ? <QrPlaceholder /> : <QrCode url={orderLink(orderBase, slug, codeWindow.code)} />}</div>
      <p className={styles.hint}>{t("scanHint")}</p>
      {nextCode}
      <div
        role="progressbar"
        aria-label={t("untilNextCode")}
        aria-valuemin={0}
        aria-valuemax={windowSeconds}
        aria-valuenow={secondsLeft}
        aria-valuetext={t("untilNextCodeValue", { time: formatCountdown(secondsLeft) })}
        className={styles.progress}
      >
        <div className={styles.progressFill} style={{ width: `${(secondsLeft / windowSeconds) * 100}%` }} />
      </div>
      <p className={styles.drinksLeft}>{t("drinksLeft", { count: codeWindow.drinksLeft })}</p>
    </section>
  );
}

function QrPlaceholder() {
  return <div className={styles.qrPlaceholder} aria-hidden="true" />;
}

/** Drawn in the browser, since without PRESSO_PUBLIC_URL the order link starts with this screen's own address. */
function QrCode({ url }: { url: string }) {
  const t = useTranslations("Display");
  const [qr, setQr] = useState<{ url: string; src: string } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    toDataURL(url, { margin: 1, width: 480 }).then(
      (src) => {
        if (!current) return;
        setQr({ url, src });
        setFailed(false);
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [url]);

  if (failed) return <p className="error">{t("qrFailed")}</p>;
  // A code from the previous window must never show, even for a moment: it no longer orders anything.
  if (!qr || qr.url !== url) return <QrPlaceholder />;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a data URL drawn in the browser: nothing for next/image to optimise
    <img className={styles.qr} src={qr.src} alt={t("qrAlt")} data-order-url={qr.url} width={480} height={480} />
  );
}
