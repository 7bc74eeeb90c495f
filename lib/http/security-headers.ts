/**
 * The headers every response carries. Scripts run only with this request's nonce (and what those
 * scripts load, through 'strict-dynamic'); styles may be inline because the charts set style
 * attributes, and CSS cannot run code.
 */
export function securityHeaders({ nonce, https, dev }: { nonce: string; https: boolean; dev: boolean }) {
  const csp = [
    "default-src 'self'",
    // React's development build evaluates strings for its error overlay and stack traces.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * The headers of the study API's JSON answers, which next.config.ts sets without the proxy: JSON runs
 * no scripts, so its policy allows nothing at all and needs no nonce. HSTS is added over https.
 */
export function apiSecurityHeaders({ https }: { https: boolean }): Record<string, string> {
  const page = securityHeaders({ nonce: "", https, dev: false });
  return { ...page, "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" };
}

/** A fresh, unguessable nonce (128 random bits, base64). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
