import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
