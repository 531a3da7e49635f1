import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import webpush from "web-push";
import { describe, expect, it } from "vitest";
import { pushReceiver } from "../../testing/push-service-stand-in";
import { sendWebPush } from "./send-web-push";

const settings = { ...webpush.generateVAPIDKeys(), subject: "mailto:booth@presso.test", localEndpoints: true };

describe("one push to one browser", () => {
  it("gives up on a push service that does not answer in time, without throwing", async () => {
    const silent = createServer(() => {}); // takes the request and never answers
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const target = { endpoint: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/push/1`, ...pushReceiver().keys };
      const started = Date.now();
      expect(await sendWebPush(target, { title: "t" }, settings, { timeoutMs: 200 })).toEqual({ kind: "failed", reason: "no answer in time" });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it("says why when it cannot even encrypt (a browser key that is not a P-256 point)", async () => {
    const outcome = await sendWebPush({ endpoint: "http://127.0.0.1:9/push", p256dh: "AAAA", auth: "AAAA" }, { title: "t" }, settings);
    expect(outcome.kind).toBe("failed");
  });

  it("reads 404 and 410 as gone, 429 and 5xx as refused", async () => {
    let status = 410;
    const service = createServer((_, response) => response.writeHead(status).end());
    await new Promise<void>((resolve) => service.listen(0, "127.0.0.1", resolve));
    try {
      const target = { endpoint: `http://127.0.0.1:${(service.address() as AddressInfo).port}/push/1`, ...pushReceiver().keys };
      const outcomes = [];
      for (status of [201, 404, 410, 429, 502, 400]) outcomes.push(await sendWebPush(target, { title: "t" }, settings));
      expect(outcomes.map((o) => o.kind)).toEqual(["sent", "gone", "gone", "refused", "refused", "failed"]);
    } finally {
      service.close();
    }
  });
});
