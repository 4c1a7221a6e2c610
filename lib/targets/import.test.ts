import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { blankSheetBomb, deflated, sharedStringsWith, workbookParts, workbookWith, zipArchive } from "@/tests/support/zips";
import { MAX_XLSX_ENTRIES, MAX_XLSX_SHARED_STRINGS } from "./import-archive";
import { checkRows, MAX_CONCURRENT_IMPORTS, MAX_IMPORT_ROWS, parseCount, parseMonth, readSheet, withImportSlot } from "./import";

const sectors = [
  { id: 1, code: "religious", nameId: "Pekerja keagamaan", nameEn: "Religious workers" },
  { id: 2, code: "cooperatives", nameId: "Koperasi", nameEn: "Cooperatives" },
];

describe("reading a realisation file", () => {
  it("reads a semicolon CSV with Indonesian headers and numbers", async () => {
    const csv = "\uFEFFSektor;Bulan;Peserta baru;Peserta aktif\nKoperasi;2025-06;1.250;2.000\nreligious;Mei 2025;-30;880\n";
    const rows = checkRows(await readSheet("realisasi.csv", new TextEncoder().encode(csv)), sectors);
    expect(rows).toEqual([
      { line: 2, sector: "Koperasi", sectorId: 2, monthText: "2025-06", month: "2025-06-01", newParticipants: 1250, activeParticipants: 2000, errors: [] },
      { line: 3, sector: "religious", sectorId: 1, monthText: "Mei 2025", month: "2025-05-01", newParticipants: -30, activeParticipants: 880, errors: [] },
    ]);
  });

  it("reads an XLSX export", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Data");
    sheet.addRow(["sector", "month", "new_participants", "active_participants"]);
    sheet.addRow(["Cooperatives", "2025-07", 40, 2040]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const rows = checkRows(await readSheet("export.xlsx", bytes), sectors);
    expect(rows[0]).toMatchObject({ sectorId: 2, month: "2025-07-01", newParticipants: 40, activeParticipants: 2040, errors: [] });
  });

  it("marks every problem on its row", async () => {
    const csv =
      "sektor,bulan,peserta_baru,peserta_aktif\nNelayan,2025-06,10,10\nKoperasi,juni,10,10\nKoperasi,2025-06,sepuluh,10\nKoperasi,2025-06,5,-1\nKoperasi,2025-06,5,\n";
    const rows = checkRows(await readSheet("x.csv", new TextEncoder().encode(csv)), sectors);
    expect(rows.map((r) => r.errors)).toEqual([
      ["unknownSector"],
      ["badMonth"],
      ["badNumber"],
      ["badNumber", "duplicateMonth"],
      ["missingValue", "duplicateMonth"],
    ]);
  });
});

const header = ["sector", "month", "new_participants", "active_participants"];
const dataRows = (n: number) =>
  Array.from({ length: n }, (_, i) => ["Koperasi", `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`, i, 1000 + i]);

/** Reads the file and reports its refusal, how long it took and how far the resident memory grew meanwhile. */
async function measured(fileName: string, bytes: Uint8Array) {
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  let peak = rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const error = await readSheet(fileName, bytes).then(
      () => undefined,
      (refusal: unknown) => refusal,
    );
    peak = Math.max(peak, process.memoryUsage().rss);
    return { error, ms: performance.now() - started, grewMb: (peak - rss) / (1024 * 1024) };
  } finally {
    clearInterval(sampler);
  }
}

describe("files that expand beyond their upload size", () => {
  it("refuses at once an XLSX whose sheet declares 600 MB inside a file of less than 1 MB", async () => {
    const bytes = await workbookWith([header], [blankSheetBomb("xl/worksheets/sheet1.xml", 600)]);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const { error, ms, grewMb } = await measured("bom.xlsx", bytes);
    expect(error).toMatchObject({ field: "file", key: "importArchiveTooLarge", values: { max: 20 } });
    expect(ms).toBeLessThan(1000);
    expect(grewMb).toBeLessThan(50);
  });

  it("refuses a sheet under the size cap that is compressed beyond any real spreadsheet", async () => {
    const bytes = await workbookWith([header], [blankSheetBomb("xl/worksheets/sheet1.xml", 15)]);
    const { error } = await measured("rasio.xlsx", bytes);
    expect(error).toMatchObject({ key: "importArchiveRatio" });
  });

  it("reads a workbook of MAX_XLSX_SHARED_STRINGS texts and refuses one more, whose strings exceljs would all keep", async () => {
    const parts = await workbookParts([header, ...dataRows(3)]);
    const withStrings = (count: number) =>
      zipArchive([...parts.filter((p) => p.name !== "xl/sharedStrings.xml"), sharedStringsWith(parts, count, (i) => `teks ${i}`)]);
    expect(await readSheet("penuh.xlsx", withStrings(MAX_XLSX_SHARED_STRINGS))).toHaveLength(3);
    const { error } = await measured("teks.xlsx", withStrings(MAX_XLSX_SHARED_STRINGS + 1));
    expect(error).toMatchObject({ field: "file", key: "importArchiveStrings", values: { max: MAX_XLSX_SHARED_STRINGS } });
  });

  it("stops inflating a sheet that lies about its size as soon as it passes what it declared", async () => {
    // 300 MB of blanks declared as 900 kB: small enough for the size cap and a believable ratio.
    const bomb = { ...blankSheetBomb("xl/worksheets/sheet1.xml", 300), declaredSize: 900 * 1024 };
    const { error, ms, grewMb } = await measured("bohong.xlsx", await workbookWith([header], [bomb]));
    expect(String(error)).toMatch(/too many bytes in the stream/);
    expect(ms).toBeLessThan(1000);
    expect(grewMb).toBeLessThan(50);
  });

  it("refuses an archive of thousands of entries before reading any of them", async () => {
    const filler = Array.from({ length: 5000 }, (_, i) => deflated(`xl/media/image${i}.png`, "x"));
    const { error, ms } = await measured("banyak.xlsx", await workbookWith([header, ...dataRows(2)], filler));
    expect(error).toMatchObject({ key: "importArchiveEntries", values: { max: MAX_XLSX_ENTRIES } });
    expect(ms).toBeLessThan(1000);
  });
});

describe("row limit", () => {
  it("reads an XLSX of exactly the limit", async () => {
    const rows = await readSheet("penuh.xlsx", await workbookWith([header, ...dataRows(MAX_IMPORT_ROWS)], []));
    expect(rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(rows.at(-1)).toEqual({ sector: "Koperasi", month: "2416-08", newParticipants: "4999", activeParticipants: "5999" });
  });

  it("refuses an XLSX with one row more, naming the limit, instead of dropping the rest", async () => {
    await expect(readSheet("lebih.xlsx", await workbookWith([header, ...dataRows(MAX_IMPORT_ROWS + 1)], []))).rejects.toMatchObject({
      field: "file",
      key: "importTooManyRows",
      values: { max: MAX_IMPORT_ROWS },
    });
  });

  it("refuses a long CSV without parsing all of it", async () => {
    const csv = `${header.join(";")}\n${"Koperasi;2025-06;1;1\n".repeat(200_000)}`;
    const { error, ms } = await measured("panjang.csv", new TextEncoder().encode(csv));
    expect(error).toMatchObject({ key: "importTooManyRows", values: { max: MAX_IMPORT_ROWS } });
    expect(ms).toBeLessThan(1000);
  });
});

describe("concurrent imports", () => {
  it("reads two files at a time in a process and turns the third away until one ends", async () => {
    expect(MAX_CONCURRENT_IMPORTS).toBe(2);
    const releases: Array<() => void> = [];
    const held = Array.from({ length: MAX_CONCURRENT_IMPORTS }, () =>
      withImportSlot(() => new Promise<string>((resolve) => releases.push(() => resolve("done")))),
    );
    await expect(withImportSlot(async () => "third")).rejects.toMatchObject({ field: "file", key: "importBusy" });
    releases[0]!();
    await expect(held[0]).resolves.toBe("done");
    await expect(withImportSlot(async () => "after")).resolves.toBe("after");
    releases[1]!();
    await held[1];
  });

  it("frees the slot when the import fails", async () => {
    for (let i = 0; i <= MAX_CONCURRENT_IMPORTS; i++) await expect(withImportSlot(() => Promise.reject(new Error("unreadable")))).rejects.toThrow("unreadable");
    await expect(withImportSlot(async () => "free")).resolves.toBe("free");
  });
});

describe("values", () => {
  it.each([
    ["2025-05", "2025-05-01"],
    ["2025-5-31", "2025-05-01"],
    ["05/2025", "2025-05-01"],
    ["Desember 2025", "2025-12-01"],
    ["2025-13", null],
    ["kemarin", null],
  ])("month %s -> %s", (v, m) => {
    expect(parseMonth(v)).toBe(m);
  });
  it.each([
    ["1.250", 1250],
    ["1250", 1250],
    ["-30", -30],
    ["1,5", null],
    ["12.34", null],
    ["", null],
  ])("count %s -> %s", (v, n) => {
    expect(parseCount(v)).toBe(n);
  });
});
