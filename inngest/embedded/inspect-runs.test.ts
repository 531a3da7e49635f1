import { describe, expect, it } from "vitest";
import { getRunInput, listRunsInput } from "./inspect-runs";

describe("the run inspector's filters", () => {
  it("are trimmed, and refuse a NUL or a broken character before any query", () => {
    expect(listRunsInput.parse({ functionId: " order-lifecycle ", waitingFor: "order/ready" })).toEqual({
      functionId: "order-lifecycle",
      waitingFor: "order/ready",
      limit: 50,
    });
    for (const bad of [{ functionId: "order\u0000" }, { waitingFor: "order/\ud800" }, { functionId: "   " }, { limit: 0 }, { extra: 1 }]) {
      expect(listRunsInput.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("name a run by an id and nothing else", () => {
    expect(getRunInput.parse({ runId: "3f2b8c1e-9a7d-4e6f-8b5a-1c2d3e4f5a6b" })).toEqual({ runId: "3f2b8c1e-9a7d-4e6f-8b5a-1c2d3e4f5a6b" });
    for (const bad of [{ runId: "run\u0000" }, { runId: "a/b" }, { runId: "" }, { runId: "run_1", extra: true }]) {
      expect(getRunInput.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
