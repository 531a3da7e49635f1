/**
 * Reactions that run in this process as soon as an event has been handed to the engine: the publisher's fast
 * path, so a screen hears a change within milliseconds instead of after the engine schedules a function. They are
 * best effort by design: each reaction also has a durable Inngest function that repeats it idempotently.
 * Kept on globalThis so every Next.js bundle of the process shares one list.
 */

export type SentEvent = { id: string; name: string; data: unknown };
type SentListener = (event: SentEvent) => unknown;

const holder = globalThis as typeof globalThis & { __pressoSentListeners?: Map<string, SentListener> };
const listeners = () => (holder.__pressoSentListeners ??= new Map());

/** Registers a reaction under a name (registering the same name again replaces it). */
export function onEventSent(name: string, listener: SentListener): void {
  listeners().set(name, listener);
}

export async function notifyEventSent(event: SentEvent): Promise<void> {
  await Promise.all(
    [...listeners()].map(async ([name, listener]) => {
      try {
        await listener(event);
      } catch (error) {
        // The durable path will do it; the command that sent the event has already succeeded.
        console.warn(`[presso] ${name} failed for ${event.name} ${event.id}: ${(error as Error).message}`);
      }
    }),
  );
}
