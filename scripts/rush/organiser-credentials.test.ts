import { describe, expect, it } from "vitest";
import { organiserCredentials } from "./organiser-credentials";

describe("the organiser a simulation signs in as", () => {
  it("is the one the environment names, both e-mail and password, before any demo account", () => {
    const env = { PRESSO_ORGANISER_EMAIL: "lead@booth.test", PRESSO_ORGANISER_PASSWORD: "a-long-password", PRESSO_DEMO_ORGANISER_PASSWORD: "demo-password" };
    expect(organiserCredentials(env)).toEqual({ email: "lead@booth.test", password: "a-long-password" });
    expect(() => organiserCredentials({ PRESSO_ORGANISER_EMAIL: "lead@booth.test" })).toThrow("set both PRESSO_ORGANISER_EMAIL and PRESSO_ORGANISER_PASSWORD");
  });

  it("is the demo organiser otherwise, with its default e-mail unless one is set", () => {
    expect(organiserCredentials({ PRESSO_DEMO_ORGANISER_PASSWORD: "demo-password" })).toEqual({ email: "organiser@presso.local", password: "demo-password" });
    expect(organiserCredentials({ PRESSO_DEMO_ORGANISER_EMAIL: "olivia@booth.test", PRESSO_DEMO_ORGANISER_PASSWORD: "demo-password" }).email).toBe("olivia@booth.test");
  });
});
