"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/**
 * "Tell me when it's ready": a Web Push notification for this order, offered only where the operator configured
 * it (GET /api/push/subscriptions answers 404 otherwise, and nothing is shown or asked). Self-contained, with plain
 * fetch and no tRPC client, so the attendee pages stay light. The service worker (app/sw.ts, 324 kB of precache)
 * is registered only on this tap, when the phone has nothing better to do than wait for a drink.
 */

const endpoint = "/api/push/subscriptions";
const serviceWorker = "/serwist/sw.js";
/** Chromium without a push service can leave subscribe() pending for ever. */
const subscribeTimeoutMs = 20_000;

type State =
  | { step: "hidden" }
  | { step: "offer"; publicKey: string }
  | { step: "asking"; publicKey: string }
  | { step: "on" }
  | { step: "blocked" }
  | { step: "failed"; publicKey: string };

const supported = () => typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;

/** The VAPID public key as the bytes subscribe() takes (some browsers refuse the base64url text). */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64url.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(base64url.length / 4) * 4, "="));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function sendSubscription(orderId: string, subscription: PushSubscription) {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ orderId, subscription: subscription.toJSON() }),
  });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
}

/** This browser's existing subscription, without registering the service worker if it is not there yet. */
async function existingSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration("/");
  return (await registration?.pushManager.getSubscription()) ?? null;
}

export function ReadyNotifications({ orderId }: { orderId: string }) {
  const t = useTranslations("Order.notify");
  const [state, setState] = useState<State>({ step: "hidden" });

  useEffect(() => {
    if (!supported() || Notification.permission === "denied") return;
    let live = true;
    void (async () => {
      try {
        const response = await fetch(endpoint);
        if (!response.ok || !live) return;
        const { publicKey } = (await response.json()) as { publicKey: string };
        // Said yes for an earlier order on this phone: this one is followed too, without asking again.
        const subscription = Notification.permission === "granted" ? await existingSubscription() : null;
        if (subscription) await sendSubscription(orderId, subscription);
        if (live) setState(subscription ? { step: "on" } : { step: "offer", publicKey });
      } catch {
        // Notifications are a nicety: the page follows the order live either way.
      }
    })();
    return () => {
      live = false;
    };
  }, [orderId]);

  const turnOn = async (publicKey: string) => {
    setState({ step: "asking", publicKey });
    try {
      // Asked first, straight from the tap: some browsers (Safari) ask only during a user gesture.
      const permission = await Notification.requestPermission();
      if (permission !== "granted") {
        setState(permission === "denied" ? { step: "blocked" } : { step: "offer", publicKey });
        return;
      }
      await navigator.serviceWorker.register(serviceWorker, { scope: "/", type: "module" });
      const registration = await navigator.serviceWorker.ready;
      const subscription =
        (await registration.pushManager.getSubscription()) ??
        (await Promise.race([
          registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no answer from the push service")), subscribeTimeoutMs)),
        ]));
      await sendSubscription(orderId, subscription);
      setState({ step: "on" });
    } catch {
      setState({ step: "failed", publicKey });
    }
  };

  switch (state.step) {
    case "hidden":
      return null;
    case "on":
      return (
        <p role="status" className="hint">
          {t("on")}
        </p>
      );
    case "blocked":
      return (
        <p role="status" className="hint">
          {t("blocked")}
        </p>
      );
    default:
      return (
        <div className="stack">
          <button type="button" className="secondary" disabled={state.step === "asking"} onClick={() => void turnOn(state.publicKey)}>
            {t("offer")}
          </button>
          {state.step === "failed" && (
            <p role="status" className="hint">
              {t("failed")}
            </p>
          )}
        </div>
      );
  }
}
