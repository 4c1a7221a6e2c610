import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder at run time.
  // rate-limiter-flexible imports drizzle-orm by a computed name, which a bundle cannot follow.
  serverExternalPackages: ["@electric-sql/pglite", "argon2", "pdfkit", "exceljs", "rate-limiter-flexible"],
  poweredByHeader: false,
  experimental: {
    // Evidence files go up to 10 MB each, three per progress report.
    serverActions: { bodySizeLimit: "32mb" },
    proxyClientMaxBodySize: "32mb",
  },
};

export default withNextIntl(nextConfig);
