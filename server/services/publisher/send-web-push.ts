import webpush from "web-push";

/** What the publisher needs to send Web Push: the operator's VAPID keys and contact (config.ts: PRESSO_VAPID_*). */
export type WebPushSettings = {
  publicKey: string;
  privateKey: string;
  subject: string;
  /** Tests only: http:// endpoints on this machine are accepted too (a local stand-in for a push service). */
  localEndpoints: boolean;
};

export type PushTarget = { endpoint: string; p256dh: string; auth: string };

/**
 * How a push service answered: `gone` (404, 410) means the browser dropped the subscription for good; `refused`
 * (429, 5xx) means it did not take the message, so trying again later is safe; `failed` is anything else (no
 * answer in time, a 4xx that says the request was wrong), where the message may or may not have arrived.
 */
export type PushOutcome =
  | { kind: "sent"; status: number }
  | { kind: "gone"; status: number }
  | { kind: "refused"; status: number }
  | { kind: "failed"; reason: string };

export type SendOptions = { timeoutMs?: number; ttlSeconds?: number };

/**
 * One message to one browser: encrypted to the browser's keys (aes128gcm) and signed with the VAPID key by
 * web-push, sent with fetch, which gives a timeout (web-push's own sendNotification speaks https only and waits
 * as long as the socket does). Never throws.
 */
export async function sendWebPush(target: PushTarget, payload: unknown, settings: WebPushSettings, options: SendOptions = {}): Promise<PushOutcome> {
  let details: ReturnType<typeof webpush.generateRequestDetails>;
  try {
    details = webpush.generateRequestDetails({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, JSON.stringify(payload), {
      vapidDetails: { subject: settings.subject, publicKey: settings.publicKey, privateKey: settings.privateKey },
      // A drink waits at the counter for minutes, not hours: a phone that was off longer gets nothing.
      TTL: options.ttlSeconds ?? 15 * 60,
      urgency: "high",
    });
  } catch (error) {
    return { kind: "failed", reason: `could not encrypt: ${(error as Error).message}` };
  }
  // fetch sets Content-Length from the body itself.
  const headers = Object.fromEntries(
    Object.entries(details.headers)
      .filter(([name]) => name.toLowerCase() !== "content-length")
      .map(([name, value]) => [name, String(value)]),
  );
  try {
    const response = await fetch(details.endpoint, {
      method: details.method,
      headers,
      body: details.body ? new Uint8Array(details.body) : undefined,
      redirect: "error",
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    await response.body?.cancel().catch(() => {});
    if (response.ok) return { kind: "sent", status: response.status };
    if (response.status === 404 || response.status === 410) return { kind: "gone", status: response.status };
    if (response.status === 429 || response.status >= 500) return { kind: "refused", status: response.status };
    return { kind: "failed", reason: `answered ${response.status}` };
  } catch (error) {
    const reason = (error as Error).name === "TimeoutError" ? "no answer in time" : (error as Error).message;
    return { kind: "failed", reason };
  }
}
