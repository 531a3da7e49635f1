import { afterEach, describe, expect, it, vi } from "vitest";
import { anonymous } from "@/server/auth/actor";
import type { Db } from "@/server/db/client";
import { maxBatchCalls, maxBodyBytes } from "@/server/trpc/http-handler";
import { GET, POST } from "./route";

/**
 * The route's limits, called as Next.js calls it: with a Request, no server. The caller is anonymous and no call
 * here reads the database, so the session and the database are stood in for (and must not be reached at all when a
 * request is refused by its size).
 */

const createRequestContext = vi.hoisted(() => vi.fn(async () => ({ db: {} as Db, actor: anonymous })));
vi.mock("@/server/trpc/context", () => ({ createRequestContext }));

afterEach(() => createRequestContext.mockClear());

const url = (path: string) => `http://booth.local/api/trpc/${path}`;

/** A body of `total` bytes sent in chunks as it is read, without a Content-Length; counts what was read of it. */
function streamedBody(total: number, chunkBytes = 16 * 1024, prefix = "") {
  const read = { bytes: 0, cancelled: false };
  const head = new TextEncoder().encode(prefix);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (read.bytes >= total) return controller.close();
        const chunk = read.bytes === 0 && head.byteLength > 0 ? head : new Uint8Array(Math.min(chunkBytes, total - read.bytes)).fill(0x20);
        read.bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        read.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, read };
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { json: { message: string; data: { code: string; httpStatus: number } } } }).error.json;
}

describe("POST /api/trpc: body size", () => {
  it("refuses a body that declares more than the limit with 413 and a plain message, without reading it", async () => {
    const { stream, read } = streamedBody(200 * 1024 * 1024);
    const response = await POST(
      new Request(url("attendee.cancelOrder"), {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": String(200 * 1024 * 1024) },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatchObject({
      message: "This request is larger than the booth's server accepts (64 kB).",
      data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 },
    });
    expect(read.bytes).toBe(0);
    expect(createRequestContext).not.toHaveBeenCalled();
  });

  it("stops reading a body without a Content-Length once it passes the limit", async () => {
    const { stream, read } = streamedBody(50 * 1024 * 1024, 16 * 1024, '{"0":{"json":{"orderId":"');
    const response = await POST(
      new Request(url("attendee.cancelOrder?batch=1"), { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(read.bytes).toBeLessThanOrEqual(maxBodyBytes + 16 * 1024);
    expect(read.cancelled).toBe(true);
    expect(createRequestContext).not.toHaveBeenCalled();
  });

  it("hands a streamed body of exactly the limit to the procedure, and refuses one byte more", async () => {
    const send = (bytes: number) => {
      const prefix = '{"0":{"json":{"orderId":"o-1","note":"';
      const body = `${prefix}${"x".repeat(bytes - prefix.length - '"}}}'.length)}"}}}`;
      expect(new TextEncoder().encode(body).byteLength).toBe(bytes);
      const stream = new Blob([body]).stream();
      return POST(
        new Request(url("attendee.cancelOrder?batch=1"), { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit),
      );
    };
    // It reached the procedure, which wants a signed-in attendee.
    expect((await send(maxBodyBytes)).status).toBe(401);
    expect((await send(maxBodyBytes + 1)).status).toBe(413);
  });
});

describe("/api/trpc: batch length", () => {
  const batch = (calls: number) => url(`${Array.from({ length: calls }, () => "me.whoAmI").join(",")}?batch=1`);

  it(`answers a batch of ${maxBatchCalls} calls, and refuses one of ${maxBatchCalls + 1} with 400 running none of them`, async () => {
    const full = await GET(new Request(batch(maxBatchCalls)));
    expect(full.status).toBe(200);
    expect((await full.json()) as unknown[]).toHaveLength(maxBatchCalls);
    createRequestContext.mockClear();

    const response = await GET(new Request(batch(maxBatchCalls + 1)));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toBe(`One request may carry at most ${maxBatchCalls} calls: send the others in another.`);
    expect(createRequestContext).not.toHaveBeenCalled();
  });

  it("counts calls separated by an encoded comma too", async () => {
    const path = Array.from({ length: 900 }, () => "attendee.cancelOrder").join("%2C");
    const response = await POST(new Request(url(`${path}?batch=1`), { method: "POST", body: "{}" }));
    expect(response.status).toBe(400);
    expect(createRequestContext).not.toHaveBeenCalled();
  });
});
