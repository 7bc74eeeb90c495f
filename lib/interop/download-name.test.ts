import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./download-name";

describe("attachmentDisposition", () => {
  it("names the file after the title, in ASCII and in full UTF-8", () => {
    expect(attachmentDisposition("eBPF 入门", "csv", "deck")).toBe(
      `attachment; filename="eBPF.csv"; filename*=UTF-8''eBPF%20%E5%85%A5%E9%97%A8.csv`,
    );
  });

  it("drops path separators, quotes, control characters and leading dots", () => {
    expect(attachmentDisposition('../..\\evil"\r\nSet-Cookie: x', "csv", "deck")).toBe(
      `attachment; filename="evil Set-Cookie x.csv"; filename*=UTF-8''evil%20Set-Cookie%20x.csv`,
    );
  });

  it("falls back to the given name when nothing of the title is left", () => {
    expect(attachmentDisposition("映射", "csv", "ebpf-maps")).toBe(
      `attachment; filename="ebpf-maps.csv"; filename*=UTF-8''%E6%98%A0%E5%B0%84.csv`,
    );
    expect(attachmentDisposition("///", "csv", "deck")).toBe(
      `attachment; filename="deck.csv"; filename*=UTF-8''deck.csv`,
    );
  });
});
