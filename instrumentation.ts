/** Next.js calls this once per server process; the Node.js part lives in its own module (the Edge build never sees it). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startPresso } = await import("./server/boot/start");
    await startPresso();
  }
}
