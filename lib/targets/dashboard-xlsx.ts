import "server-only";
import ExcelJS from "exceljs";
import type { DashboardData } from "./queries";
import type { DashboardSummary } from "./summary";

/** The dashboard as a workbook: summary, sectors, monthly trend and actions per agency. */
export async function dashboardWorkbook(year: number, data: DashboardData, summary: DashboardSummary): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Kawal";
  const bold = (row: ExcelJS.Row) => {
    row.font = { bold: true };
  };
  const p = summary.projection;
  const overview = book.addWorksheet("Ringkasan");
  bold(overview.addRow([`Cakupan kepesertaan BPJS Ketenagakerjaan ${year}`]));
  overview.addRows([
    ["Penduduk bekerja (penyebut)", data.target?.workingPopulation ?? null],
    ["Peserta awal", data.target?.baselineParticipants ?? null],
    ["Cakupan awal (%)", summary.baselinePct],
    ["Target cakupan (%)", summary.targetPct],
    [`Minimum menurut ${data.rule.legalReference} (%)`, summary.ruleMinimumPct],
    ["Tenggat", data.target?.deadline ?? null],
    ["Peserta saat ini", p?.current ?? null],
    ["Cakupan saat ini (%)", p?.currentPct ?? null],
    ["Peserta yang masih dibutuhkan", p?.needed ?? null],
    ["Laju per bulan saat ini", p?.pace ?? null],
    ["Laju per bulan yang dibutuhkan", p?.paceNeeded ?? null],
    ["Proyeksi cakupan pada tenggat (%)", p?.projectedPct ?? null],
  ]);
  overview.getColumn(1).width = 44;
  overview.getColumn(2).width = 16;
  overview.getColumn(2).numFmt = "#,##0.0";

  const sectorsSheet = book.addWorksheet("Sektor");
  bold(
    sectorsSheet.addRow([
      "Sektor",
      "Peserta awal",
      "Target",
      "Peserta saat ini",
      "% target",
      "Kontribusi diharapkan (tindak lanjut terbuka)",
      "Kontribusi terverifikasi",
    ]),
  );
  for (const s of summary.sectors) sectorsSheet.addRow([s.nameId, s.baseline, s.target, s.current, s.pctOfTarget, s.expectedOpen, s.verifiedByActions]);
  sectorsSheet.columns.forEach((c) => {
    c.width = 20;
  });

  const trend = book.addWorksheet("Tren bulanan");
  bold(trend.addRow(["Bulan", "Peserta", "Cakupan (%)", "Proyeksi (%)", "Target (%)"]));
  for (const t of summary.trend) trend.addRow([t.month.slice(0, 7), t.participants, t.coverage, t.projected, t.target]);
  trend.columns.forEach((c) => {
    c.width = 16;
  });

  const agencies = book.addWorksheet("Tindak lanjut per OPD");
  bold(agencies.addRow(["OPD", "Belum mulai", "Berjalan", "Terhambat", "Selesai", "Terverifikasi", "Jumlah"]));
  for (const a of summary.agencies)
    agencies.addRow([a.agencyName, a.counts.open, a.counts.in_progress, a.counts.blocked, a.counts.done, a.counts.verified, a.total]);
  agencies.columns.forEach((c) => {
    c.width = 16;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
