/**
 * The functions an app registered (through the SDK's normal sync), checked for what this executor implements.
 * An option it does not implement is refused at sync with the function and the option named: a test must never
 * pass here on semantics that Inngest Cloud would treat differently.
 */

export type Trigger = { event: string; expression?: string };
export type Cancellation = { event: string; if?: string; timeout?: string };

export type RegisteredFunction = {
  id: string;
  name: string;
  triggers: Trigger[];
  url: string;
  maxAttempts: number;
  cancel: Cancellation[];
};

const supportedKeys = new Set(["id", "name", "triggers", "steps", "cancel"]);
const unsupportedMeaning: Record<string, string> = {
  concurrency: "concurrency limits",
  throttle: "throttling",
  debounce: "debouncing",
  batchEvents: "event batching",
  rateLimit: "rate limiting",
  idempotency: "idempotency keys",
  priority: "run priority",
  singleton: "singleton runs",
  timeouts: "start and finish timeouts",
};

/** The functions of the latest sync, by id; the executor starts work once the first sync has come. */
export class FunctionRegistry {
  private byId = new Map<string, RegisteredFunction>();
  private synced = false;

  get isSynced(): boolean {
    return this.synced;
  }

  /** Takes a sync's functions in place of the last ones; true for the first sync since the start. */
  replace(functions: RegisteredFunction[]): boolean {
    this.byId = new Map(functions.map((fn) => [fn.id, fn]));
    const first = !this.synced;
    this.synced = true;
    return first;
  }

  get(id: string): RegisteredFunction | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<RegisteredFunction> {
    return this.byId.values();
  }
}

export class UnsupportedFunctionError extends Error {
  override name = "UnsupportedFunctionError";
}

/** Inngest's limit on a function's triggers ("Functions support up to 10 unique triggers"). */
const maxTriggers = 10;

type RawFunction = {
  id?: unknown;
  name?: unknown;
  triggers?: { event?: string; expression?: string; cron?: string }[];
  steps?: Record<string, { runtime?: { url?: string }; retries?: { attempts?: number } }>;
  cancel?: Cancellation[];
  [key: string]: unknown;
};

/**
 * `appUrl`: the one address this executor may call (the app's own /api/inngest on loopback). A sync naming any
 * other is refused whole: the URL in a sync comes from the Host header of whoever asked for it, and an executor
 * that believed it would send every signed step (names, ids) to a stranger and wait for its answers.
 */
export function checkFunctions(raw: unknown, appUrl?: string): RegisteredFunction[] {
  if (!Array.isArray(raw)) throw new UnsupportedFunctionError("the registration carries no list of functions");
  const problems: string[] = [];
  const functions: RegisteredFunction[] = [];
  for (const fn of raw as RawFunction[]) {
    const id = String(fn.id ?? "?");
    for (const [key, value] of Object.entries(fn)) {
      if (value === undefined || value === null || supportedKeys.has(key)) continue;
      const meaning = unsupportedMeaning[key] ?? "an option";
      problems.push(`function "${id}" uses ${key} (${meaning}), which the embedded executor does not implement`);
    }
    // Inngest Cloud refuses a function with more than ten triggers at sync; so does this executor, so that an app
    // that syncs here also syncs there.
    if ((fn.triggers ?? []).length > maxTriggers) {
      problems.push(`function "${id}" has ${fn.triggers!.length} triggers; Inngest allows at most ${maxTriggers} (use wildcard triggers with an if expression)`);
    }
    const triggers: Trigger[] = [];
    for (const trigger of fn.triggers ?? []) {
      if (trigger.cron) {
        problems.push(`function "${id}" has a cron trigger ("${trigger.cron}"), which the embedded executor does not implement`);
      } else if (trigger.event) {
        triggers.push({ event: trigger.event, expression: trigger.expression });
      }
    }
    const step = Object.values(fn.steps ?? {})[0];
    if (!step?.runtime?.url) {
      problems.push(`function "${id}" has no step URL`);
      continue;
    }
    if (appUrl && !sameEndpoint(step.runtime.url, appUrl)) {
      problems.push(`function "${id}" would be called at ${endpointOf(step.runtime.url)}, but this executor calls only the app's own address ${appUrl}`);
      continue;
    }
    for (const cancel of fn.cancel ?? []) {
      if (cancel.timeout) problems.push(`function "${id}" has a cancelOn timeout, which the embedded executor does not implement`);
    }
    functions.push({
      id,
      name: typeof fn.name === "string" ? fn.name : id,
      triggers,
      url: step.runtime.url,
      // Inngest's "attempts" here is the number of retries: a function runs once plus that many times.
      maxAttempts: (step.retries?.attempts ?? 3) + 1,
      cancel: fn.cancel ?? [],
    });
  }
  if (problems.length > 0) throw new UnsupportedFunctionError(problems.join("; "));
  return functions;
}

function endpointOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return JSON.stringify(url);
  }
}

function sameEndpoint(url: string, appUrl: string): boolean {
  return endpointOf(url) === endpointOf(appUrl);
}
