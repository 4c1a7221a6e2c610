import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { FieldError } from "@/lib/errors";
import { parseIndonesianNumber } from "@/lib/form-fields";
import { boundedWorkbook } from "./import-archive";

/** One row of a realisation file, checked; `errors` are message keys of the `imports` namespace. */
export interface ImportRow {
  line: number;
  sector: string;
  sectorId: number | null;
  /** The month as written in the file, shown when it cannot be read. */
  monthText: string;
  month: string | null;
  newParticipants: number | null;
  activeParticipants: number | null;
  errors: Array<"unknownSector" | "badMonth" | "badNumber" | "duplicateMonth" | "missingValue">;
}

/** What the import form gets back: the checked rows for the preview, and what was written. */
export interface ImportResult {
  rows: ImportRow[];
  fileName: string;
  imported?: number;
}

const headerAliases: Record<string, keyof RawRow> = {
  sektor: "sector",
  sector: "sector",
  bulan: "month",
  month: "month",
  periode: "month",
  peserta_baru: "newParticipants",
  "peserta baru": "newParticipants",
  new_participants: "newParticipants",
  "new participants": "newParticipants",
  peserta_aktif: "activeParticipants",
  "peserta aktif": "activeParticipants",
  active_participants: "activeParticipants",
  "active participants": "activeParticipants",
};

interface RawRow {
  sector: string;
  month: string;
  newParticipants: string;
  activeParticipants: string;
}

/** More rows than this are refused, not cut: a month of one regency is a few dozen rows. */
export const MAX_IMPORT_ROWS = 5000;
export const MAX_CONCURRENT_IMPORTS = 2;
const XLSX_READ_CHUNK_BYTES = 64 * 1024;

const slots = globalThis as unknown as { kawalImportsRunning?: number };

/**
 * Runs one import, or refuses at once when this process is already reading
 * MAX_CONCURRENT_IMPORTS files: each holds up to tens of megabytes while it is read.
 */
export async function withImportSlot<T>(work: () => Promise<T>): Promise<T> {
  const running = slots.kawalImportsRunning ?? 0;
  if (running >= MAX_CONCURRENT_IMPORTS) throw new FieldError("file", "importBusy");
  slots.kawalImportsRunning = running + 1;
  try {
    return await work();
  } finally {
    slots.kawalImportsRunning = (slots.kawalImportsRunning ?? 1) - 1;
  }
}

/**
 * Reads a CSV (comma or semicolon) or XLSX export into raw rows keyed by our column names,
 * row by row; a file with more than MAX_IMPORT_ROWS rows of data is refused with a FieldError.
 */
export async function readSheet(fileName: string, bytes: Uint8Array): Promise<RawRow[]> {
  let columns: Array<keyof RawRow | undefined> | null = null;
  const rows: RawRow[] = [];
  const take = (cells: string[]): boolean => {
    if (columns === null) {
      columns = cells.map((h) => headerAliases[String(h).trim().toLowerCase()]);
      return true;
    }
    if (rows.length === MAX_IMPORT_ROWS) return false;
    const row: RawRow = { sector: "", month: "", newParticipants: "", activeParticipants: "" };
    columns.forEach((key, i) => {
      if (key) row[key] = String(cells[i] ?? "").trim();
    });
    rows.push(row);
    return true;
  };
  const complete = /\.xlsx$/i.test(fileName) ? await eachXlsxRow(bytes, take) : eachCsvRow(bytes, take);
  if (!complete) throw new FieldError("file", "importTooManyRows", { max: MAX_IMPORT_ROWS });
  return rows;
}

/** Feeds each non-empty row of the first sheet to `take` until it answers false; true when every row was taken. */
async function eachXlsxRow(bytes: Uint8Array, take: (cells: string[]) => boolean): Promise<boolean> {
  // In small pieces: exceljs's XML parser collects every event of a chunk before handing them on,
  // so one 20 MB chunk of shared strings would become millions of event objects held at once
  // (about 500 MB of heap for the largest accepted file, against about 40 MB read in 64 kB pieces).
  const workbook = Buffer.from(await boundedWorkbook(bytes));
  const archive = Readable.from(
    (function* pieces() {
      for (let at = 0; at < workbook.length; at += XLSX_READ_CHUNK_BYTES) yield workbook.subarray(at, at + XLSX_READ_CHUNK_BYTES);
    })(),
  );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(archive, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      if (!row.hasValues) continue;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell.value);
      });
      if (!take(Array.from(cells, (c) => c ?? ""))) return false;
    }
    break;
  }
  return true;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "result" in v) return String(v.result ?? "");
  return String(v);
}

function eachCsvRow(bytes: Uint8Array, take: (cells: string[]) => boolean): boolean {
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  let complete = true;
  Papa.parse<string[]>(text, {
    skipEmptyLines: "greedy",
    delimiter: "",
    step: (result, parser) => {
      if (!take(result.data)) {
        complete = false;
        parser.abort();
      }
    },
  });
  return complete;
}

/** "2025-05", "2025-05-01", "05/2025" or "Mei 2025" as the first day of that month. */
export function parseMonth(value: string): string | null {
  const v = value.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(v);
  if (m) return validMonth(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) return validMonth(Number(m[2]), Number(m[1]));
  const names = [
    "januari|january|jan",
    "februari|february|feb",
    "maret|march|mar",
    "april|apr",
    "mei|may",
    "juni|june|jun",
    "juli|july|jul",
    "agustus|august|agu|aug",
    "september|sep",
    "oktober|october|okt|oct",
    "november|nov",
    "desember|december|des|dec",
  ];
  m = /^([a-z]+)\s+(\d{4})$/.exec(v);
  if (m) {
    const index = names.findIndex((n) => n.split("|").includes(m![1]!));
    if (index >= 0) return validMonth(Number(m[2]), index + 1);
  }
  return null;
}

function validMonth(year: number, month: number): string | null {
  if (year < 2000 || year > 2100 || month < 1 || month > 12) return null;
  return `${year}-${String(month).padStart(2, "0")}-01`;
}

/** An Indonesian or plain integer ("1.250", "1250", "-30"); null when it is not one. */
export function parseCount(value: string): number | null {
  const n = parseIndonesianNumber(value);
  return n !== null && Number.isSafeInteger(n) ? n : null;
}

/** Checks every row against the known sectors and against the other rows of the file. */
export function checkRows(raw: RawRow[], sectors: Array<{ id: number; code: string; nameId: string; nameEn: string }>): ImportRow[] {
  const byKey = new Map<string, number>();
  for (const s of sectors) for (const k of [s.code, s.nameId, s.nameEn]) byKey.set(k.trim().toLowerCase(), s.id);
  const seen = new Set<string>();
  return raw.map((r, i) => {
    const errors: ImportRow["errors"] = [];
    const sectorId = byKey.get(r.sector.toLowerCase()) ?? null;
    if (!r.sector || !r.month || !r.newParticipants || !r.activeParticipants) errors.push("missingValue");
    if (r.sector && sectorId === null) errors.push("unknownSector");
    const month = r.month ? parseMonth(r.month) : null;
    if (r.month && month === null) errors.push("badMonth");
    const newParticipants = r.newParticipants ? parseCount(r.newParticipants) : null;
    const activeParticipants = r.activeParticipants ? parseCount(r.activeParticipants) : null;
    if ((r.newParticipants && newParticipants === null) || (r.activeParticipants && (activeParticipants === null || activeParticipants < 0)))
      errors.push("badNumber");
    if (sectorId !== null && month !== null) {
      const key = `${sectorId}:${month}`;
      if (seen.has(key)) errors.push("duplicateMonth");
      seen.add(key);
    }
    return { line: i + 2, sector: r.sector, sectorId, monthText: r.month, month, newParticipants, activeParticipants, errors };
  });
}
