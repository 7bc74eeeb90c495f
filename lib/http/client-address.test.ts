import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyCount, UNTRUSTED_CLIENT } from "./client-address";

describe("clientAddress", () => {
  it("believes X-Forwarded-For only as far as the trusted proxies go", () => {
    const header = "10.0.0.1, 203.0.113.7, 192.0.2.10";
    expect(clientAddress(header, 0)).toBe(UNTRUSTED_CLIENT);
    expect(clientAddress(header, 1)).toBe("192.0.2.10");
    expect(clientAddress(header, 2)).toBe("203.0.113.7");
    // Fewer hops than proxies: the request did not pass them all; the first address is all there is.
    expect(clientAddress("203.0.113.7", 3)).toBe("203.0.113.7");
    expect(clientAddress(null, 1)).toBe(UNTRUSTED_CLIENT);
  });

  it("gives a made-up header no say without a trusted proxy", () => {
    expect(clientAddress("198.51.100.1", 0)).toBe(clientAddress("198.51.100.2", 0));
  });
});

describe("trustedProxyCount", () => {
  it("reads TRUST_PROXY as a number of proxies, true as one, unset as none", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount("")).toBe(0);
    expect(trustedProxyCount("true")).toBe(1);
    expect(trustedProxyCount("2")).toBe(2);
    expect(() => trustedProxyCount("yes please")).toThrow(/TRUST_PROXY/);
  });
});
