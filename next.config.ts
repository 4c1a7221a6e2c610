import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { FIXED_SECURITY_HEADERS, STATIC_CONTENT_SECURITY_POLICY, STRICT_TRANSPORT_SECURITY } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder at run time.
  // rate-limiter-flexible imports drizzle-orm by a computed name, which a bundle cannot follow.
  serverExternalPackages: ["@electric-sql/pglite", "argon2", "pdfkit", "exceljs", "rate-limiter-flexible", "qrcode"],
  poweredByHeader: false,
  // Pages and route handlers also get a Content-Security-Policy with a fresh nonce from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: FIXED_SECURITY_HEADERS },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https.*" }],
        headers: [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }],
      },
      ...["/_next/static/:path*", "/_next/image", "/favicon.ico", "/icon.svg"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: STATIC_CONTENT_SECURITY_POLICY }],
      })),
    ];
  },
  experimental: {
    // Evidence files go up to 10 MB each, three per progress report.
    serverActions: { bodySizeLimit: "32mb" },
    proxyClientMaxBodySize: "32mb",
  },
};

export default withNextIntl(nextConfig);
