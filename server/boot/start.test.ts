import { beforeEach, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../config";

// What startPresso did, in order; and the configuration it reads.
const calls = vi.hoisted(() => [] as string[]);
const config = vi.hoisted(() => ({ current: undefined as unknown }));

vi.mock("../config", async (original) => ({
  ...(await original<typeof import("../config")>()),
  getConfig: () => config.current,
}));
vi.mock("./runtime", () => ({
  getRuntime: async () => {
    calls.push("getRuntime");
    return {};
  },
  describeSignIn: () => "",
}));
vi.mock("../security/client-address", () => ({
  trustSocketAddressOnly: () => {
    calls.push("trustSocketAddressOnly");
    return () => {};
  },
}));

const { startPresso } = await import("./start");

describe("starting Presso", () => {
  beforeEach(() => {
    calls.length = 0;
    vi.spyOn(console, "log").mockImplementation(() => {});
  });

  it("on a booth laptop believes only the socket's address, from before the first request", async () => {
    config.current = parseConfig({});
    await startPresso();
    expect(calls).toEqual(["trustSocketAddressOnly", "getRuntime"]);
  });

  it("behind a proxy keeps the address the proxy wrote", async () => {
    config.current = parseConfig({ DATABASE_URL: "postgresql://app:secret@db.example.com/presso" });
    await startPresso();
    expect(calls).toEqual(["getRuntime"]);
  });
});
