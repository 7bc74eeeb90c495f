import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { UPLOAD_ACTION_BODY_LIMIT } from "./lib/http/body-limits";
import { apiSecurityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  // Messages are compiled at build time, so that browsers get no ICU message parser.
  experimental: { messages: { path: "./i18n/messages", format: "json", locales: "infer", precompile: true } },
});

const nextConfig: NextConfig = {
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: [
    "better-sqlite3",
    "@node-rs/argon2",
    "@node-rs/jieba",
    "pg",
    "@open-spaced-repetition/binding",
  ],
  poweredByHeader: false,
  // The largest any action takes (the deck upload pages'); proxy.ts answers larger bodies, and bodies
  // over 1 MB to every other page, with a 413 before Next reads them.
  experimental: { serverActions: { bodySizeLimit: UPLOAD_ACTION_BODY_LIMIT } },
  // Metadata is rendered before the page streams, for every browser, so that a page's notFound()
  // answers with a real 404 status (a team's pages must be 404 to outsiders, not a 200 error page).
  htmlLimitedBots: /.*/,
  // The study API skips the proxy (see proxy.ts), so its security headers are set here.
  async headers() {
    const https = [{ type: "header" as const, key: "x-forwarded-proto", value: "https(,.*)?" }];
    const list = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));
    return [
      { source: "/api/study/:path*", headers: list(apiSecurityHeaders({ https: false })) },
      { source: "/api/study/:path*", has: https, headers: list(apiSecurityHeaders({ https: true })) },
    ];
  },
};

export default withNextIntl(nextConfig);
