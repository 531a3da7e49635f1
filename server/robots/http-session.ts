// One simulated browser for bench:rush, the robots and the replay: a cookie jar, next-auth sign-in, tRPC calls (superjson over HTTP, as
// the app's client sends them) and Server-Sent Events subscriptions, each call timed by procedure.
import { Agent, request } from "node:http";
import superjson from "superjson";

export type Timings = Map<string, number[]>;

export class TrpcError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export type PushedMessage = { channel: string; name: string; data: Record<string, unknown> };

export class HttpSession {
  private cookies = new Map<string, string>();
  /** Set when the session has a source address of its own (`from`): its requests go through node:http. */
  private agent: Agent | undefined;

  /**
   * `from` gives the session a loopback source address of its own (127.0.x.y, which Linux routes to the loopback
   * device), so the server's per-address limits count it as a separate phone, as in a real booth.
   */
  constructor(
    readonly baseUrl: string,
    private timings: Timings,
    private options: { from?: string } = {},
  ) {
    if (options.from) this.agent = new Agent({ keepAlive: true, localAddress: options.from } as ConstructorParameters<typeof Agent>[0]);
  }

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private keepCookies(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }

  async fetch(path: string, init: RequestInit = {}) {
    const headers = { ...(init.headers as Record<string, string>), cookie: this.cookieHeader() };
    const response = this.agent
      ? await this.sendFrom(new URL(path, this.baseUrl), { method: init.method ?? "GET", headers, body: init.body as string | undefined })
      : await fetch(new URL(path, this.baseUrl), { ...init, redirect: "manual", headers });
    this.keepCookies(response);
    return response;
  }

  /** fetch cannot choose its source address: the same request through node:http, answered as a Response. */
  private sendFrom(url: URL, init: { method: string; headers: Record<string, string>; body?: string }): Promise<Response> {
    return new Promise((resolve, reject) => {
      const req = request(url, { method: init.method, headers: init.headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
          }
          const status = res.statusCode ?? 500;
          resolve(new Response(status === 204 || status === 304 ? null : Buffer.concat(chunks), { status, headers }));
        });
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(init.body);
    });
  }

  /** Lets go of the session's kept-alive connections. */
  close() {
    this.agent?.destroy();
  }

  /** Carries a session cookie made elsewhere (the console's robots act as the organiser who started them). */
  useCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  /** Signs in through next-auth's credentials flow, as the sign-in page does. */
  async signIn(provider: "guest" | "staff", fields: Record<string, string>) {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await this.fetch(`/api/auth/callback/${provider}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: "/", json: "true" }).toString(),
    });
    await response.text();
    if (![...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
      throw new Error(`signing in as ${provider} failed (${response.status})`);
    }
  }

  private record(path: string, ms: number) {
    const list = this.timings.get(path) ?? [];
    list.push(ms);
    this.timings.set(path, list);
  }

  private async trpc<T>(path: string, input: unknown, method: "GET" | "POST"): Promise<T> {
    const body = JSON.stringify(superjson.serialize(input));
    const started = performance.now();
    const response =
      method === "GET"
        ? await this.fetch(`/api/trpc/${path}?input=${encodeURIComponent(body)}`)
        : await this.fetch(`/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });
    const payload = (await response.json()) as { result?: { data: never }; error?: { json: { message: string; data?: { code?: string } } } };
    this.record(path, performance.now() - started);
    if (payload.error) throw new TrpcError(payload.error.json.message, payload.error.json.data?.code ?? "UNKNOWN");
    return superjson.deserialize(payload.result!.data) as T;
  }

  query<T>(path: string, input: unknown) {
    return this.trpc<T>(path, input, "GET");
  }

  mutate<T>(path: string, input: unknown) {
    return this.trpc<T>(path, input, "POST");
  }

  /** Listens to channels through /api/realtime/sse; resolves once the server says the stream is ready. */
  subscribe(channels: string[], onMessage: (message: PushedMessage, receivedAt: number) => void): Promise<{ close(): void }> {
    const url = new URL(`/api/realtime/sse?${channels.map((c) => `channel=${encodeURIComponent(c)}`).join("&")}`, this.baseUrl);
    return new Promise((resolve, reject) => {
      const req = request(url, { headers: { accept: "text/event-stream", cookie: this.cookieHeader() }, agent: false, localAddress: this.options.from }, (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`SSE ${channels.join(",")}: ${res.statusCode}`));
          res.resume();
          return;
        }
        let buffer = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          const receivedAt = performance.now();
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (block.includes("event: ready")) resolve({ close: () => req.destroy() });
            const data = block.split("\n").find((line) => line.startsWith("data: "));
            if (data && block.includes("event: message")) onMessage(JSON.parse(data.slice(6)) as PushedMessage, receivedAt);
          }
        });
        res.on("error", () => {});
      });
      req.on("error", (error) => reject(error));
      req.end();
    });
  }
}
