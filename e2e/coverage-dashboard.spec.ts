import { expect, test } from "./fixtures";
import { blankSheetBomb, workbookWith } from "../tests/support/zips";
import { card } from "./support/pages";
import { parseIndonesianNumber } from "../lib/form-fields";

const csv = (rows: string[]) => Buffer.from(["sektor;bulan;peserta_baru;peserta_aktif", ...rows].join("\n"));

async function coverageNow(page: import("@playwright/test").Page): Promise<number> {
  await page.goto("/dashboard");
  const text = await page.getByTestId("coverage-now").innerText();
  return parseIndonesianNumber(text.replace(/[^\d,]/g, ""), { decimals: true }) ?? Number.NaN;
}

async function importFile(page: import("@playwright/test").Page, name: string, buffer: Buffer, rows: number) {
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles({ name, mimeType: "text/csv", buffer });
  await page.getByRole("button", { name: "Pratinjau" }).click();
  await expect(page.getByText(`${rows} baris siap diimpor.`)).toBeVisible();
  await page.getByRole("button", { name: `Impor ${rows} baris` }).click();
  await expect(page.getByText(`${rows} baris diimpor.`)).toBeVisible();
}

test("the BPJS branch imports monthly figures and the dashboard reflects them; a re-import replaces", async ({ asReviewer: page }) => {
  test.slow();
  // July starts at zero, so that the run is the same however often it is repeated.
  await page.goto("/realisations");
  await importFile(page, "nol.csv", csv(["Pekerja keagamaan;2025-07;0;0", "Koperasi;2025-07;0;0"]), 2);
  const before = await coverageNow(page);

  await page.goto("/realisations");
  const file = page.getByLabel("Berkas CSV atau XLSX");
  // A dirty file: its problems are marked row by row, and only the clean rows may be imported.
  await file.setInputFiles({
    name: "dirty.csv",
    mimeType: "text/csv",
    buffer: csv(["Nelayan;2025-06;10;10", "Koperasi;juni;5;5", "Pekerja keagamaan;2025-06;1.200;2.100"]),
  });
  await page.getByRole("button", { name: "Pratinjau" }).click();
  await expect(page.getByText("3 baris dibaca, 2 bermasalah.", { exact: false })).toBeVisible();
  const preview = page.getByRole("table", { name: "Pratinjau baris berkas" });
  await expect(preview.getByRole("row").filter({ hasText: "Nelayan" })).toContainText("sektor tidak dikenal");
  await expect(preview.getByRole("row").filter({ hasText: "juni" })).toContainText("bulan tidak valid");
  await expect(page.getByRole("button", { name: /^Impor 3 baris$/ })).toHaveCount(0);

  // A clean file for July, imported, then imported again: the month is replaced, not doubled.
  const july = csv(["Pekerja keagamaan;2025-07;2.400;3.300", "Koperasi;2025-07;600;1.300"]);
  await importFile(page, "juli.csv", july, 2);
  await importFile(page, "juli.csv", july, 2);
  await page.reload();
  const recorded = card(page, "Realisasi tercatat 2025").getByRole("row").filter({ hasText: "Juli 2025" });
  await expect(recorded).toHaveCount(2);

  const after = await coverageNow(page);
  // 3,000 more participants of 120,000 working people: 2.5 points more.
  expect(after).toBeCloseTo(before + 2.5, 1);
  await page.screenshot({ path: test.info().outputPath("dashboard-after-import.png"), fullPage: true });
});

// The demo describes 2025; whoever opens it later must read that first, and in their language.
const yearNow = Number(new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Makassar" }).slice(0, 4));

test("a leader reads the dashboard on the home page and downloads it", async ({ asViewer: page }) => {
  await page.goto("/");
  await expect(page.getByText("Cakupan saat ini")).toBeVisible();
  await expect(page.getByTestId("coverage-now")).toHaveText(/^\d{2},\d %$/);

  // The period is over: the note says so, and names who sets up the current one (a leader may not).
  const note = page.getByRole("status", { name: "Periode yang ditampilkan" });
  await expect(note).toContainText("Periode 2025 sudah berakhir pada 31 Desember 2025.");
  await expect(note).toContainText(`Periode ${yearNow} belum dibuat; Sekretariat menyiapkannya`);
  await expect(note.getByRole("link")).toHaveCount(0);

  // One projection: the card's figure is the label at the end of the chart's projection line.
  const projected = await page.getByTestId("projected").innerText();
  expect(projected).toMatch(/^\d{2},\d %$/);
  await expect(page.getByTestId("projection-end")).toHaveText(projected);

  // The gauge marks the target on its arc, and sits in the middle of its card.
  const gauge = page.getByRole("img", { name: /^Cakupan \d{2},\d % dari target 40,0 %$/ });
  await expect(gauge).toBeVisible();
  await expect(gauge.getByTestId("gauge-target-mark")).toHaveAttribute("data-target-pct", "40");
  await expect(gauge.getByTestId("gauge-target-mark")).toContainText("Target 40,0 %");
  const gaugeBox = (await gauge.boundingBox())!;
  const cardBox = (await page.getByRole("region", { name: "Cakupan" }).locator("section").first().boundingBox())!;
  expect(Math.abs(gaugeBox.x + gaugeBox.width / 2 - (cardBox.x + cardBox.width / 2))).toBeLessThan(2);

  await expect(page.getByText("Angka yang saling bertentangan")).toBeVisible();
  await expect(page.getByText(/Target 40,0 % di bawah minimum 40,3 % menurut Permendagri No\. 5 Tahun 2024\./)).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Pekerja keagamaan" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Grafik cakupan per bulan/ })).toBeVisible();
  await page.goto("/dashboard");
  const xlsx = await page.request.get((await page.getByRole("link", { name: "Unduh XLSX" }).getAttribute("href")) ?? "");
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  await page.getByRole("link", { name: "Pekerja keagamaan", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pekerja keagamaan" })).toBeVisible();
  await expect(card(page, "Dibahas dalam rapat")).toContainText("Rapat Percepatan Universal Coverage BPJS Ketenagakerjaan");

  // In English, the note, the gauge and the chart follow.
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("status", { name: "Period shown" })).toContainText("The 2025 period ended on December 31, 2025.");
  await expect(page.getByRole("img", { name: /^Coverage \d{2}\.\d % of a 40\.0 % target$/ })).toBeVisible();
  await expect(page.getByTestId("projection-end")).toHaveText(await page.getByTestId("projected").innerText());
});

test("the secretariat is one click from setting up the current period", async ({ asSecretariat: page }) => {
  await page.goto("/dashboard");
  const note = page.getByRole("status", { name: "Periode yang ditampilkan" });
  await expect(note).toContainText("Periode 2025 sudah berakhir pada 31 Desember 2025.");
  await note.getByRole("link", { name: `Siapkan periode ${yearNow}` }).click();
  await expect(page).toHaveURL(/\/targets#new-period$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sasaran dan pengaturan" })).toBeVisible();
  await expect(page.locator("#new-period").getByLabel("Tahun")).toBeVisible();
  await expect(page.locator("#new-period").getByRole("button", { name: "Tambah periode" })).toBeVisible();
});

test("the reviewer's queue opens on an action with the report and evidence that led to it", async ({ asReviewer: page }) => {
  await page.goto("/review");
  await page.getByRole("link", { name: "Sosialisasi kepesertaan kepada koperasi aktif" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Sosialisasi kepesertaan kepada koperasi aktif" })).toBeVisible();
  const report = page.getByRole("list", { name: "Laporan kemajuan" }).getByRole("listitem").filter({ hasText: "didaftarkan: 640 orang" });
  await expect(report).toContainText("H. Ramlan Hamid");
  await expect(report).toContainText("31 Jul 2025");
  await expect(report).toContainText("100 %");
  const evidence = report.getByRole("link", { name: /rekap-pendaftaran-koperasi-juli-2025\.csv/ });
  const file = await page.request.get((await evidence.getAttribute("href"))!);
  expect(file.status()).toBe(200);
  expect(await file.text()).toMatch(/^Jumlah;640$/m);
  await expect(page.getByRole("list", { name: "Kontribusi ke sasaran sektor" })).toContainText("640");
  await expect(page.getByRole("button", { name: "Verifikasi" })).toBeVisible();
});

test("only the BPJS branch and admin may enter figures", async ({ asAgencyHead: page }) => {
  await page.goto("/realisations");
  await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
  await page.goto("/targets");
  await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
});

test("an import that is too long or unpacks too far is refused, naming its limit, in the reader's language", async ({ asReviewer: page, baseURL }) => {
  await page.goto("/realisations");
  // Rows past 5,000 used to be dropped without a word.
  await page
    .getByLabel("Berkas CSV atau XLSX")
    .setInputFiles({ name: "panjang.csv", mimeType: "text/csv", buffer: csv(Array.from({ length: 5001 }, () => "Koperasi;2025-08;1;1")) });
  await page.getByRole("button", { name: "Pratinjau" }).click();
  await expect(page.getByRole("alert", { name: "Periksa isian" })).toContainText("lebih dari 5.000 baris data, batas satu kali impor");
  await expect(page.getByRole("table", { name: "Pratinjau baris berkas" })).toHaveCount(0);
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: test.info().outputPath("import-too-long-id-375.png"), fullPage: true });

  // A workbook of less than a megabyte whose sheet unpacks to 600 MB, in English.
  await page.context().addCookies([{ name: "kawal_locale", value: "en", url: baseURL ?? "http://localhost:3210" }]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  const bomb = await workbookWith([["sector", "month", "new_participants", "active_participants"]], [blankSheetBomb("xl/worksheets/sheet1.xml", 600)]);
  await page
    .getByLabel("CSV or XLSX file")
    .setInputFiles({ name: "bomb.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(bomb) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("alert", { name: "Check the form" })).toContainText("unpacks to more than 20 MB");
  await expect(page.getByText("unpacks to more than 20 MB")).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath("import-bomb-en-1280.png"), fullPage: true });
  // Nothing of August (the month of the long file) was written.
  await page.goto("/realisations");
  await expect(card(page, "Realisation recorded 2025").getByRole("row").filter({ hasText: "August 2025" })).toHaveCount(0);
});
