/**
 * The security headers of every response. Pages, route handlers and 404s get them from proxy.ts
 * with a Content-Security-Policy whose script nonce is new on every request; the static files the
 * proxy does not see get the fixed ones from next.config.ts. SECURITY.md explains each choice.
 */

/** Headers that never change; next.config.ts sends them on every path, static files included. */
export const FIXED_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // For browsers older than CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];

/** Two years, the preload list's minimum; sent only over HTTPS, where browsers honour it. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** For static files, which run no script: nothing may load from them and nobody may frame them. */
export const STATIC_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** A fresh, unguessable script nonce (128 random bits). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The policy of a page. Scripts run only with this response's nonce ('strict-dynamic' lets them
 * load Next's chunks). Style attributes stay allowed: React renders `style={...}` (bar widths,
 * the charts) into the HTML, and Chromium blocks those attributes without 'unsafe-inline';
 * style elements still need the nonce or to come from this origin.
 */
export function contentSecurityPolicy(nonce: string, { https, dev, download }: { https: boolean; dev: boolean; download: boolean }): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its debugging tools; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // The development server injects <style> elements without the nonce (CSS updates, error overlay).
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
    // A download (evidence files are whatever people uploaded) that a browser shows anyway runs
    // in a unique origin, without scripts and without this site's cookies.
    ...(download ? ["sandbox"] : []),
  ].join("; ");
}
