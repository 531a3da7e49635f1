import { createECDH, createPublicKey, randomBytes, verify } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { decrypt } from "http_ece";

/**
 * Test support for Web Push: a browser's side of a subscription (keys the test holds, so it can read what was
 * sent) and a plain-http stand-in for a push service that records every message. Used by the publisher's tests
 * and by e2e/ready-push.spec.ts.
 */

/** The keys a browser makes when it subscribes, and the decryption of what was sent to it (aes128gcm). */
export function pushReceiver() {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16).toString("base64url");
  return {
    keys: { p256dh: ecdh.getPublicKey("base64url"), auth },
    decrypt: (body: Buffer) => decrypt(body, { version: "aes128gcm", privateKey: ecdh, authSecret: auth }).toString("utf8"),
  };
}

export type ReceivedPush = { path: string; headers: IncomingHttpHeaders; body: Buffer };

/** A push service on 127.0.0.1: it answers every message with `status` (201 unless told otherwise). */
export async function startPushServiceStandIn() {
  const received: ReceivedPush[] = [];
  let status = 201;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    /** A browser's endpoint at this service. */
    endpoint: (id = randomBytes(8).toString("hex")) => `${origin}/push/${id}`,
    answerWith: (next: number) => {
      status = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Checks a message's VAPID header (`vapid t=<JWT>, k=<public key>`) as a push service does: an ES256 signature by
 * the key it names. Returns the key and the JWT's claims (aud, exp, sub) for the test to compare.
 */
export function readVapid(authorization: string | undefined) {
  const match = /^vapid t=([^,]+), k=(.+)$/.exec(authorization ?? "");
  if (!match) throw new Error(`not a VAPID authorization: ${authorization}`);
  const [jwt, publicKey] = [match[1]!, match[2]!];
  const [header, claims, signature] = jwt.split(".") as [string, string, string];
  const point = Buffer.from(publicKey, "base64url");
  const key = createPublicKey({
    key: { kty: "EC", crv: "P-256", x: point.subarray(1, 33).toString("base64url"), y: point.subarray(33).toString("base64url") },
    format: "jwk",
  });
  const signed = verify("sha256", Buffer.from(`${header}.${claims}`), { key, dsaEncoding: "ieee-p1363" }, Buffer.from(signature, "base64url"));
  return {
    signed,
    publicKey,
    header: JSON.parse(Buffer.from(header, "base64url").toString()) as { alg: string; typ: string },
    claims: JSON.parse(Buffer.from(claims, "base64url").toString()) as { aud: string; exp: number; sub: string },
  };
}
