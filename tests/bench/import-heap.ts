/**
 * The memory of the largest realisation import the server accepts, read twice at once (the
 * MAX_CONCURRENT_IMPORTS limit): an XLSX within MAX_XLSX_EXPANDED_BYTES of XML, a sheet of
 * MAX_IMPORT_ROWS rows and the most shared strings allowed (exceljs keeps each one as a JS string).
 * It runs in a child process started with the heap cap of `npm run serve` (package.json), so the
 * check is that the cap holds it, and prints the peak of the heap above what the process held
 * before. `npx tsx tests/bench/import-heap.ts` runs it alone.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { MAX_XLSX_EXPANDED_BYTES, MAX_XLSX_SHARED_STRINGS } from "../../lib/targets/import-archive";
import { MAX_CONCURRENT_IMPORTS, MAX_IMPORT_ROWS, readSheet } from "../../lib/targets/import";
import { sharedStringsWith, workbookParts, zipArchive } from "../support/zips";

/** The heap cap production runs with, read from the `serve` script (one place to change it). */
export function serverHeapCapMb(): number {
  const scripts = (JSON.parse(readFileSync(path.resolve("package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const cap = /--max-old-space-size=(\d+)/.exec(scripts.serve ?? "")?.[1];
  if (!cap) throw new Error("package.json's serve script sets no --max-old-space-size");
  return Number(cap);
}

/** What the imports may take of the cap: the rest is the server's own (pages, pool, caches). */
export const IMPORT_SHARE_OF_CAP = 0.6;

export interface ImportHeap {
  capMb: number;
  uploadKb: number;
  expandedMb: number;
  concurrent: number;
  peakHeapMb: number;
  peakRssMb: number;
  ms: number;
}

/**
 * The largest file the import accepts: a sheet of the row limit, and a shared-string table of
 * MAX_XLSX_SHARED_STRINGS distinct texts that fills what is left of the expanded cap.
 */
async function largestWorkbook(): Promise<{ bytes: Uint8Array; expanded: number }> {
  const rows = [
    ["Sektor", "Bulan", "Peserta baru", "Peserta aktif"],
    ...Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => ["Koperasi", `2025-${String((i % 12) + 1).padStart(2, "0")}`, "12", "34"]),
  ];
  const parts = await workbookParts(rows);
  const others = parts.filter((p) => p.name !== "xl/sharedStrings.xml");
  const own = sharedStringsWith(parts, 0, String);
  const room = MAX_XLSX_EXPANDED_BYTES - others.reduce((sum, p) => sum + p.size, 0) - own.size - 1024;
  const length = Math.floor(room / MAX_XLSX_SHARED_STRINGS) - "<si><t></t></si>".length;
  const shared = sharedStringsWith(parts, MAX_XLSX_SHARED_STRINGS, (i) => `${i.toString(36)} `.repeat(length).slice(0, length));
  const all = [...others, shared];
  return { bytes: zipArchive(all), expanded: all.reduce((sum, p) => sum + p.size, 0) };
}

/** In the child: reads the largest file MAX_CONCURRENT_IMPORTS times at once and reports the peak. */
async function child() {
  const { bytes, expanded } = await largestWorkbook();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = heap();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, heap())), 2);
  const t0 = performance.now();
  const read = await Promise.all(Array.from({ length: MAX_CONCURRENT_IMPORTS }, (_, i) => readSheet(`besar-${i}.xlsx`, bytes.slice())));
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, heap());
  if (read.some((rows) => rows.length !== MAX_IMPORT_ROWS)) throw new Error("the largest workbook was not read whole");
  const result: Omit<ImportHeap, "capMb"> = {
    uploadKb: Math.round(bytes.length / 1024),
    expandedMb: +(expanded / 1024 / 1024).toFixed(1),
    concurrent: MAX_CONCURRENT_IMPORTS,
    peakHeapMb: +((peak - before) / 1024 / 1024).toFixed(1),
    peakRssMb: +(process.resourceUsage().maxRSS / 1024).toFixed(0),
    ms: Math.round(ms),
  };
  console.log(JSON.stringify(result));
}

/** The bench step: the child under the server's cap; a crash (heap exhausted) or a peak above the imports' share fails. */
export async function importHeap(log: (line: string) => void): Promise<{ result: ImportHeap | null; failures: string[] }> {
  const capMb = serverHeapCapMb();
  const run = spawnSync(
    process.execPath,
    [`--max-old-space-size=${capMb}`, "--expose-gc", "--import", "tsx", path.resolve("tests/bench/import-heap.ts"), "--child"],
    { encoding: "utf8", maxBuffer: 1024 * 1024 },
  );
  const line = run.stdout.trim().split("\n").at(-1) ?? "";
  if (run.status !== 0 || !line.startsWith("{")) {
    return { result: null, failures: [`largest imports under a ${capMb} MB heap: the process failed (${run.status}): ${run.stderr.slice(-500)}`] };
  }
  const result: ImportHeap = { capMb, ...(JSON.parse(line) as Omit<ImportHeap, "capMb">) };
  log(
    `Largest XLSX import (${result.uploadKb} kB, ${result.expandedMb} MB of XML), ${result.concurrent} at once, under a ${capMb} MB heap cap: ` +
      `peak ${result.peakHeapMb} MB of heap above the start, ${result.peakRssMb} MB resident, ${result.ms} ms.`,
  );
  const share = capMb * IMPORT_SHARE_OF_CAP;
  return {
    result,
    failures:
      result.peakHeapMb > share
        ? [`largest imports: ${result.peakHeapMb} MB of heap > ${share} MB (${IMPORT_SHARE_OF_CAP * 100} % of the ${capMb} MB cap)`]
        : [],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const done = process.argv.includes("--child")
    ? child()
    : importHeap(console.log).then(({ failures }) => {
        for (const f of failures) console.log(`BUDGET MISSED  ${f}`);
        process.exitCode = failures.length ? 1 : 0;
      });
  done.catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
