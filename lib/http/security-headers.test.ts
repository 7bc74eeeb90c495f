import { describe, expect, it } from "vitest";
import { apiSecurityHeaders, newNonce, securityHeaders } from "./security-headers";

describe("securityHeaders", () => {
  it("allows scripts by nonce only and forbids plugins, base changes and framing", () => {
    const headers = securityHeaders({ nonce: "abc", https: false, dev: false });
    const csp = headers["Content-Security-Policy"];
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
      expect(csp).toContain(directive);
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers).not.toHaveProperty("Strict-Transport-Security");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("adds HSTS only over https", () => {
    const headers = securityHeaders({ nonce: "abc", https: true, dev: false });
    expect(headers["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
    expect(headers["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });
});

describe("apiSecurityHeaders", () => {
  it("allows nothing to run or frame a JSON answer, with the page headers besides", () => {
    const headers = apiSecurityHeaders({ https: false });
    expect(headers["Content-Security-Policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers).not.toHaveProperty("Strict-Transport-Security");
    expect(apiSecurityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
  });
});

describe("newNonce", () => {
  it("is 128 random bits, new every time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});
