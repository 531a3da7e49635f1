"use client";
import { toDataURL } from "qrcode";
import { useEffect, useState } from "react";
import styles from "./display.module.css";
import type { CodeWindow } from "./display-types";

/** "0:42", "4:05": minutes and seconds, as on a kitchen timer. */
function formatCountdown(seconds: number) {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * What the screen offers attendees right now: the code to scan, a "we are making drinks" pause (this code's drinks
 * are gone, or the code is about to change so nobody scans one that expires on the way), or a closed store.
 */
export function QrPanel({ slug, storeOpen, codeWindow, now }: { slug: string; storeOpen: boolean; codeWindow: CodeWindow | null; now: number }) {
  if (!storeOpen || !codeWindow) {
    return (
      <section className={`${styles.panel} ${styles.closedPanel}`} aria-label="Ordering">
        <p className={styles.closed}>The store is not taking orders right now</p>
      </section>
    );
  }
  const windowSeconds = Math.max(1, Math.round((codeWindow.endsAt.getTime() - codeWindow.startsAt.getTime()) / 1000));
  const secondsLeft = Math.min(windowSeconds, Math.max(0, Math.ceil((codeWindow.endsAt.getTime() - now) / 1000)));

  if (codeWindow.drinksLeft <= 0 || secondsLeft <= codeWindow.hideCodeSeconds) {
    return (
      <section className={styles.panel} aria-label="Ordering">
        <p className={styles.making}>We are making drinks!</p>
        <p role="timer" className={styles.countdown}>
          New code in {formatCountdown(secondsLeft)}
        </p>
        <p className={styles.soon}>We will accept new orders soon.</p>
      </section>
    );
  }

  return (
    <section className={styles.panel} aria-label="Ordering">
      <p className={styles.scan}>Scan to order</p>
      <QrCode slug={slug} code={codeWindow.code} />
      <p className={styles.drinksLeft}>
        {codeWindow.drinksLeft} {codeWindow.drinksLeft === 1 ? "drink" : "drinks"} left
      </p>
      <div
        role="progressbar"
        aria-label="Time until the next code"
        aria-valuemin={0}
        aria-valuemax={windowSeconds}
        aria-valuenow={secondsLeft}
        aria-valuetext={`${formatCountdown(secondsLeft)} until the next code`}
        className={styles.progress}
      >
        <div className={styles.progressFill} style={{ width: `${(secondsLeft / windowSeconds) * 100}%` }} />
      </div>
    </section>
  );
}

/** Drawn in the browser, since the order link starts with this screen's own address. */
function QrCode({ slug, code }: { slug: string; code: string }) {
  const [qr, setQr] = useState<{ code: string; url: string; src: string } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    const url = `${window.location.origin}/e/${slug}/order?code=${encodeURIComponent(code)}`;
    toDataURL(url, { margin: 1, width: 480 }).then(
      (src) => {
        if (!current) return;
        setQr({ code, url, src });
        setFailed(false);
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [slug, code]);

  if (failed) return <p className="error">The QR code could not be drawn. Please reload this screen.</p>;
  // A code from the previous window must never show, even for a moment: it no longer orders anything.
  if (!qr || qr.code !== code) return <div className={styles.qrPlaceholder} aria-hidden="true" />;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a data URL drawn in the browser: nothing for next/image to optimise
    <img className={styles.qr} src={qr.src} alt="QR code: scan to order" data-order-url={qr.url} width={480} height={480} />
  );
}
