// Which client a request comes from, for per-client limits (sign-in and sign-up throttling). Only a
// proxy the operator trusts can say: any client can send its own X-Forwarded-For, and `next start`
// only fills the header in from the socket when the client sent none, so the app itself cannot tell
// a real address from a made-up one.

/** The key all clients share when no proxy is trusted: per-client limits then apply to everyone together. */
export const UNTRUSTED_CLIENT = "any";

/**
 * With `trustedProxies` proxies in front of the app, each appending the address it was reached from
 * to X-Forwarded-For, the client's address is the one the outermost proxy appended: the
 * `trustedProxies`-th from the end. Entries before it were sent by the client and prove nothing.
 */
export function clientAddress(forwardedFor: string | null, trustedProxies: number): string {
  if (trustedProxies < 1) return UNTRUSTED_CLIENT;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.at(Math.max(0, hops.length - trustedProxies)) ?? UNTRUSTED_CLIENT;
}

/** TRUST_PROXY: how many proxies stand in front of the app ("true" means one); unset or 0, none. */
export function trustedProxyCount(setting: string | undefined): number {
  if (!setting) return 0;
  if (setting.trim().toLowerCase() === "true") return 1;
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`TRUST_PROXY must be a number of proxies, not "${setting}"`);
  return count;
}
