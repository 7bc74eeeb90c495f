import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@node-rs/jieba", "pg"],
  poweredByHeader: false,
  // Metadata is rendered before the page streams, for every browser, so that a page's notFound()
  // answers with a real 404 status (a team's pages must be 404 to outsiders, not a 200 error page).
  htmlLimitedBots: /.*/,
};

export default withNextIntl(nextConfig);
