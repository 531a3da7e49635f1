// The listening side of bench:realtime, in its own process: opens N Server-Sent Events connections, and for every
// message records how long it took from the server's publish (its sentAt) to arrival here.
// Usage (by bench-realtime.ts): node --import tsx scripts/bench-realtime-clients.ts <url> <connections> <messages>
import { request } from "node:http";

const [url, countText, messagesText] = process.argv.slice(2) as [string, string, string];
const count = Number(countText);
const expected = Number(messagesText) * count;
const now = () => performance.timeOrigin + performance.now();
const latencies: number[] = [];
let ready = 0;
let idleTimer: NodeJS.Timeout | undefined;
// Exit only once the (large) line is flushed: process.exit would cut a pipe write short.
const report = () => process.stdout.write(`${JSON.stringify({ latencies })}\n`, () => process.exit(0));

for (let i = 0; i < count; i++) {
  const req = request(url, { headers: { accept: "text/event-stream" }, agent: false }, (res) => {
    let buffer = "";
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.includes("event: ready") || block.startsWith("retry:")) {
          if (block.includes("event: ready") && ++ready === count) process.stdout.write("ready\n");
          continue;
        }
        const data = block.split("\n").find((line) => line.startsWith("data: "));
        if (!data) continue;
        const parsed = JSON.parse(data.slice(6)) as { data?: { sentAt?: number }; sentAt?: number };
        const sentAt = parsed.data?.sentAt ?? parsed.sentAt;
        if (typeof sentAt === "number") latencies.push(now() - sentAt);
        if (latencies.length === expected) report();
        // Whatever did not arrive within 5 s of the last message is reported missing, not waited for forever.
        clearTimeout(idleTimer);
        idleTimer = setTimeout(report, 5000);
      }
    });
  });
  req.end();
}
