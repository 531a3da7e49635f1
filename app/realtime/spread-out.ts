/**
 * A re-read asked for by a message many screens hear at once (the queue moved): each screen waits a random moment
 * up to `spreadMs` so that a queue of phones does not ask the server in the same millisecond, and every cue that
 * comes while it waits is served by that one re-read.
 */
export function spreadOut(run: () => void, spreadMs: number, random: () => number = Math.random) {
  let pending: ReturnType<typeof setTimeout> | undefined;
  return {
    trigger() {
      if (pending !== undefined) return;
      pending = setTimeout(() => {
        pending = undefined;
        run();
      }, Math.floor(random() * spreadMs));
    },
    cancel() {
      clearTimeout(pending);
      pending = undefined;
    },
  };
}
