/**
 * The body, read to at most `limit` bytes: null when there is none; "too large" when its Content-Length says so
 * (nothing is read) or once more than `limit` bytes arrived (the rest is never read); "broken" when the client
 * stopped sending halfway.
 */
export async function readLimitedBody(req: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null | "too large" | "broken"> {
  if (Number(req.headers.get("content-length")) > limit) {
    void req.body?.cancel().catch(() => {});
    return "too large";
  }
  if (!req.body) return null;
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        void reader.cancel().catch(() => {});
        return "too large";
      }
      chunks.push(value);
    }
  } catch {
    return "broken";
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
