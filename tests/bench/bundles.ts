/**
 * First-load JavaScript per route, read from what `next build` (Next.js 16, Turbopack) writes:
 * .next/build-manifest.json names the runtime every page loads (rootMainFiles), and each route's
 * .next/server/app/<route>/page_client-reference-manifest.js names the chunks of its layouts,
 * boundaries and page (entryJSFiles). Sizes are brotli (quality 11), as a browser downloads them
 * from a server or CDN that compresses static files; gzip -9 is about 15 % larger.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

/** Libraries a page must not ship unless it needs them, found by a string each one's code carries. */
const LIBRARIES: Record<string, RegExp> = { recharts: /recharts/, drizzle: /drizzle/, zod: /ZodError/ };

export interface RouteBundle {
  route: string;
  files: string[];
  compressedBytes: number;
  libraries: string[];
}

function manifests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return manifests(full);
    return name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

export function routeBundles(nextDir = path.join(process.cwd(), ".next")): RouteBundle[] {
  const build = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const sizes = new Map<string, { compressed: number; libraries: string[] }>();
  const measure = (file: string) => {
    let known = sizes.get(file);
    if (!known) {
      const code = readFileSync(path.join(nextDir, file));
      const text = code.toString("utf8");
      known = {
        compressed: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        libraries: Object.keys(LIBRARIES).filter((l) => LIBRARIES[l]!.test(text)),
      };
      sizes.set(file, known);
    }
    return known;
  };
  const appDir = path.join(nextDir, "server", "app");
  return manifests(appDir)
    .map((file) => {
      const holder = { __RSC_MANIFEST: {} as Record<string, { entryJSFiles?: Record<string, string[]> }> };
      new Function("globalThis", readFileSync(file, "utf8"))(holder);
      const [route, manifest] = Object.entries(holder.__RSC_MANIFEST)[0]!;
      const files = [...new Set([...build.rootMainFiles, ...Object.values(manifest.entryJSFiles ?? {}).flat()])];
      const measured = files.map(measure);
      return {
        route: route.replace(/\/page$/, "") || "/",
        files,
        compressedBytes: measured.reduce((sum, m) => sum + m.compressed, 0),
        libraries: [...new Set(measured.flatMap((m) => m.libraries))],
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** Routes that may carry a library: none any more (the charts are server-rendered SVG). */
export const LIBRARY_ALLOWED: Record<string, RegExp> = { zod: /^$/, drizzle: /^$/, recharts: /^$/ };
export const FIRST_LOAD_BUDGET = 130 * 1024;

export function bundleFailures(bundles: RouteBundle[]): string[] {
  return bundles.flatMap((b) => [
    ...(b.compressedBytes > FIRST_LOAD_BUDGET
      ? [`${b.route}: first-load JS ${(b.compressedBytes / 1024).toFixed(1)} kB > ${FIRST_LOAD_BUDGET / 1024} kB`]
      : []),
    ...b.libraries.filter((l) => !LIBRARY_ALLOWED[l]!.test(b.route)).map((l) => `${b.route}: ships ${l} to the browser`),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bundles = routeBundles(process.argv[2]);
  for (const b of bundles) console.log(`${b.route.padEnd(50)} ${(b.compressedBytes / 1024).toFixed(1).padStart(7)} kB  ${b.libraries.join(", ")}`);
  const failures = bundleFailures(bundles);
  for (const f of failures) console.log(`BUDGET MISSED ${f}`);
  process.exit(failures.length ? 1 : 0);
}
