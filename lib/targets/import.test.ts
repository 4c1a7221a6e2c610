import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkRows, parseCount, parseMonth, readSheet } from "./import";

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
    const csv = "sektor,bulan,peserta_baru,peserta_aktif\nNelayan,2025-06,10,10\nKoperasi,juni,10,10\nKoperasi,2025-06,sepuluh,10\nKoperasi,2025-06,5,-1\nKoperasi,2025-06,5,\n";
    const rows = checkRows(await readSheet("x.csv", new TextEncoder().encode(csv)), sectors);
    expect(rows.map((r) => r.errors)).toEqual([["unknownSector"], ["badMonth"], ["badNumber"], ["badNumber", "duplicateMonth"], ["missingValue", "duplicateMonth"]]);
  });
});

describe("values", () => {
  it.each([["2025-05", "2025-05-01"], ["2025-5-31", "2025-05-01"], ["05/2025", "2025-05-01"], ["Desember 2025", "2025-12-01"], ["2025-13", null], ["kemarin", null]])("month %s -> %s", (v, m) => {
    expect(parseMonth(v)).toBe(m);
  });
  it.each([["1.250", 1250], ["1250", 1250], ["-30", -30], ["1,5", null], ["12.34", null], ["", null]])("count %s -> %s", (v, n) => {
    expect(parseCount(v)).toBe(n);
  });
});
