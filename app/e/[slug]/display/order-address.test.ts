import { describe, expect, it } from "vitest";
import { chooseOrderAddress, isLoopbackHost, orderLink } from "./order-address";

const lanAddresses = ["192.168.1.20", "10.0.0.5"];

describe("the address the booth screen's code sends phones to", () => {
  it("uses PRESSO_PUBLIC_URL when it is set, wherever the screen was opened", () => {
    expect(chooseOrderAddress({ publicUrl: "https://coffee.example.com", pageUrl: "http://localhost:3000/e/demo/display", lanAddresses })).toEqual({
      base: "https://coffee.example.com",
      openInstead: null,
    });
  });

  it("uses the address the screen was opened at when that is a network address", () => {
    expect(chooseOrderAddress({ publicUrl: null, pageUrl: "http://192.168.1.20:3000/e/demo/display?x=1", lanAddresses })).toEqual({
      base: "http://192.168.1.20:3000",
      openInstead: null,
    });
    expect(chooseOrderAddress({ publicUrl: null, pageUrl: "https://booth.example.com/e/demo/display", lanAddresses: [] }).base).toBe(
      "https://booth.example.com",
    );
  });

  it("says a localhost screen cannot be reached, and offers this same screen at each network address", () => {
    expect(chooseOrderAddress({ publicUrl: null, pageUrl: "http://localhost:3000/e/demo/display", lanAddresses })).toEqual({
      base: "http://localhost:3000",
      openInstead: ["http://192.168.1.20:3000/e/demo/display", "http://10.0.0.5:3000/e/demo/display"],
    });
    expect(chooseOrderAddress({ publicUrl: null, pageUrl: "http://127.0.0.1/e/demo/display", lanAddresses: [] })).toEqual({
      base: "http://127.0.0.1",
      openInstead: [],
    });
  });

  it("knows every spelling of this very device", () => {
    for (const host of ["localhost", "LOCALHOST", "booth.localhost", "127.0.0.1", "127.1.2.3", "[::1]", "localhost."]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of ["192.168.1.20", "example.com", "localhost.example.com", "127.example.com"]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });

  it("builds the order link with the code escaped", () => {
    expect(orderLink("https://coffee.example.com", "demo", "a+b/c")).toBe("https://coffee.example.com/e/demo/order?code=a%2Bb%2Fc");
  });
});
