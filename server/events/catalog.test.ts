import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { GET } from "../../app/api/events/catalog/route";
import { metricsEvents } from "../services/metrics/order-facts";
import { projectedEvents } from "../services/publisher/project-event";
import * as catalogModule from "./catalog";
import { catalog } from "./catalog";
import { services } from "./define-event";
import { catalogAsJsonSchema } from "./json-schema";
import { validateEvent } from "./validate-event";

describe("the event catalog", () => {
  it("gives every event a unique domain/noun.verb name, a version, a schema, a description, a producer and consumers", () => {
    const names = catalog.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const event of catalog) {
      expect(event.name, event.name).toMatch(/^[a-z]+\/[a-z-]+(\.[a-z-]+)?$/);
      expect(Number.isInteger(event.version) && event.version >= 1, event.name).toBe(true);
      expect(event.description.length, event.name).toBeGreaterThan(10);
      expect(services, event.name).toContain(event.producer);
      expect(event.consumers.length, event.name).toBeGreaterThan(0);
    }
  });

  it("holds the starting set of the architecture", () => {
    expect(catalog.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        "order/started",
        "order/submitted",
        "order/queued",
        "order/claimed",
        "order/released",
        "order/completed",
        "order/picked-up",
        "order/cancelled",
        "order/timed-out",
        "order/rejected",
        "qr/code.redeemed",
        "config/changed",
      ]),
    );
  });

  it("keeps order ids and order numbers apart", () => {
    const queued = catalog.find((e) => e.name === "order/queued")!;
    expect(queued.schema.safeParse({ eventId: "e", orderId: 7, orderNumber: "x" }).success).toBe(false);
  });

  it("is published as JSON Schema, over HTTP too", async () => {
    const exported = catalogAsJsonSchema();
    expect(exported.events.map((e) => e.name)).toEqual(catalog.map((e) => e.name));
    const cancelled = exported.events.find((e) => e.name === "order/cancelled")!;
    expect(cancelled.data).toMatchObject({ type: "object", required: expect.arrayContaining(["orderId", "reason", "by"]) });
    const response = GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(exported)));
  });
});

/**
 * The consumers are the truth: a service is listed on an event exactly when one of its Inngest functions
 * (inngest/functions/<service>/) triggers on it or waits for it. Read as source text, so this test loads no engine.
 */
describe("the catalog's consumers", () => {
  const functionsDir = fileURLToPath(new URL("../../inngest/functions/", import.meta.url));
  const sourceOf = (service: string) => {
    const dir = join(functionsDir, service);
    if (!existsSync(dir)) return "";
    const files = readdirSync(dir).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
    return files.map((file) => readFileSync(join(dir, file), "utf8")).join("\n");
  };
  const exportNames = new Map(
    Object.entries(catalogModule).flatMap(([exportName, value]) => (catalog.includes(value as never) ? [[(value as { name: string }).name, exportName]] : [])),
  );
  const mentions = (source: string, eventName: string) =>
    new RegExp(String.raw`\b${exportNames.get(eventName)}\b`).test(source) || source.includes(`"${eventName}"`);

  it("names only services that have functions", () => {
    for (const event of catalog) {
      for (const service of event.consumers) expect(existsSync(join(functionsDir, service)), `${event.name}: ${service}`).toBe(true);
    }
  });

  it("lists the publisher exactly on the events it projects onto screens", () => {
    const projected = new Set<string>(projectedEvents);
    for (const event of catalog) expect(event.consumers.includes("publisher"), event.name).toBe(projected.has(event.name));
  });

  it("lists the journal on every event, and the journal's triggers cover every domain", () => {
    const journal = sourceOf("journal");
    for (const event of catalog) {
      expect(event.consumers, event.name).toContain("journal");
      expect(journal, event.name).toContain(`"${event.name.split("/")[0]}/*"`);
    }
  });

  it("lists the metrics exactly on the events they read, and their wildcard triggers start no run for an event they skip", () => {
    const read = new Set<string>(metricsEvents);
    const source = sourceOf("metrics");
    for (const event of catalog) {
      expect(event.consumers.includes("metrics"), event.name).toBe(read.has(event.name));
      const triggered = source.includes(`"${event.name.split("/")[0]}/*"`);
      expect(triggered, event.name).toBe(read.has(event.name));
    }
  });

  it("lists a workflow's service exactly where its functions trigger on or wait for the event", () => {
    const workflows = readdirSync(functionsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !["publisher", "journal", "metrics", "testing"].includes(entry.name))
      .map((entry) => entry.name);
    expect(workflows).toEqual(expect.arrayContaining(["orders", "qr", "engine"]));
    for (const service of workflows) {
      const source = sourceOf(service);
      for (const event of catalog) {
        expect(event.consumers.includes(service as never), `${event.name}: ${service}`).toBe(mentions(source, event.name));
      }
    }
  });
});

describe("checking an event before it is sent", () => {
  it("refuses an unknown name", () => {
    expect(validateEvent("order/brewed", {})).toEqual({ ok: false, errors: ['"order/brewed" is not in the event catalog'] });
  });

  it("refuses invalid data with the schema's own words, naming the field", () => {
    const check = validateEvent("config/changed", { eventId: "e1", changed: [], storeOpen: "yes" });
    expect(check.ok).toBe(false);
    const text = check.ok ? "" : check.errors.join("\n");
    expect(text).toContain("config/changed v1: the data does not match its schema");
    expect(text).toMatch(/storeOpen/);
    expect(text).toMatch(/changedBy/);
  });

  it("accepts valid data", () => {
    const check = validateEvent("engine/self-test.confirmed", { testId: "t", confirmedAt: "2026-11-26T12:00:00.000Z" });
    expect(check.ok).toBe(true);
  });
});
