import { expect, loginAs, test, uniqueSuffix } from "./fixtures";
import { expectNotFound } from "./support/pages";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

test("an action goes from plan to verified: secretariat plans, agency works on a phone, BPJS returns then verifies", async ({
  asSecretariat: page,
  newSession,
  browser,
  baseURL,
}) => {
  test.slow();
  const title = `Pendaftaran guru mengaji ${uniqueSuffix()}`;

  // The secretariat plans the action from a commitment of the demo meeting, with agreed steps and a sector target.
  await page.goto("/meetings");
  await page.getByRole("link", { name: /Rapat Percepatan Universal Coverage/ }).click();
  await page.getByRole("link", { name: "Ralat notulen" }).click();
  await page.getByRole("listitem").filter({ hasText: "Menghimpun data imam" }).getByRole("link", { name: "Rencanakan tindak lanjut dengan langkah" }).click();
  await expect(page).toHaveURL(/\/actions\/new\?commitment=\d+$/);
  await expect(page.getByLabel("OPD penanggung jawab").locator("option:checked")).toHaveText("Bagian Kesejahteraan Rakyat Setda");
  await expect(page.getByLabel("Judul")).toHaveValue(/Menghimpun data imam/);
  await page.getByLabel("Judul").fill(title);
  await page.getByLabel("Tenggat", { exact: true }).fill("2030-10-31");
  await page.getByLabel("Langkah 1", { exact: true }).fill("Kumpulkan data dari desa");
  await page.getByLabel("Tenggat langkah 1").fill("2030-09-15");
  await page.getByRole("button", { name: "+ Tambah langkah" }).click();
  await page.getByLabel("Langkah 2", { exact: true }).fill("Serahkan data ke BPJS");
  // The commitment's sector and figure come along, and can be changed.
  await expect(page.getByLabel("Sasaran 1", { exact: true }).locator("option:checked")).toHaveText("Pekerja keagamaan (2025)");
  await expect(page.getByLabel("Kontribusi sasaran 1", { exact: true })).toHaveValue("1750");
  await page.getByLabel("Kontribusi sasaran 1", { exact: true }).fill("500");
  await page.getByRole("button", { name: "Simpan tindak lanjut" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Kesepakatan: Menghimpun data imam", { exact: false })).toBeVisible();
  const actionUrl = page.url();
  const actionId = actionUrl.split("/").pop()!;

  // The head of Bagian Kesra works it on a phone.
  const phone = await browser.newContext({ baseURL, viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  const kesra = await phone.newPage();
  await loginAs(kesra, "kesra@sinjai.demo");
  await kesra.goto("/");
  await kesra.getByRole("link", { name: title }).first().click();
  await expect(kesra.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await kesra.getByRole("button", { name: "Tandai selesai: Kumpulkan data dari desa" }).click();
  await expect(kesra.getByText("1 dari 2 selesai")).toBeVisible();
  await kesra.getByLabel("Apa yang sudah dikerjakan?").fill("Data 500 guru mengaji terkumpul dan didaftarkan.");
  await kesra.getByLabel("Persentase selesai (0–100)").fill("100");
  await kesra.getByLabel("Peserta terdaftar sejauh ini: Pekerja keagamaan").fill("480");
  await kesra.getByLabel("Bukti (foto, PDF, spreadsheet)").setInputFiles({ name: "daftar-guru.pdf", mimeType: "application/pdf", buffer: pdf });
  await kesra.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(kesra.getByText("Laporan kemajuan tersimpan.")).toBeVisible();
  await expect(kesra.getByRole("link", { name: /daftar-guru\.pdf/ })).toBeVisible();
  await kesra.getByLabel("Ubah status menjadi").selectOption({ label: "Selesai" });
  await kesra.getByRole("button", { name: "Simpan status" }).click();
  await expect(kesra.getByText("Status tersimpan.")).toBeVisible();
  expect(await kesra.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // BPJS returns it with a comment.
  const bpjs = await newSession();
  await loginAs(bpjs, "bpjs@sinjai.demo");
  await bpjs.goto("/review");
  await bpjs.getByRole("link", { name: title }).first().click();
  await bpjs.getByRole("button", { name: "Kembalikan" }).click();
  await expect(bpjs.getByText("Tulis catatan mengapa dikembalikan.")).toBeVisible();
  await bpjs.getByLabel("Catatan").fill("Lampirkan NIK per desa.");
  await bpjs.getByRole("button", { name: "Kembalikan" }).click();
  // Returned: back in progress, the comment on the action, the review form gone.
  await expect(bpjs.getByRole("list", { name: "Komentar" })).toContainText("Lampirkan NIK per desa.");
  await expect(bpjs.getByRole("button", { name: "Verifikasi" })).toHaveCount(0);
  await expect(bpjs.getByText("Berjalan", { exact: true }).first()).toBeVisible();

  // The agency sees the notice, fixes it and reports done again.
  await kesra.goto("/");
  await expect(kesra.getByRole("link", { name: /Pemberitahuan, \d+ belum dibaca/ })).toBeVisible();
  await kesra.goto("/notifications");
  const notice = kesra.getByRole("listitem").filter({ hasText: "Dikembalikan untuk diperbaiki" }).filter({ hasText: title });
  await expect(notice).toContainText("Lampirkan NIK per desa.");
  await notice.getByRole("link", { name: title }).click();
  await kesra.getByLabel("Apa yang sudah dikerjakan?").fill("Daftar NIK per desa terlampir.");
  await kesra.getByLabel("Peserta terdaftar sejauh ini: Pekerja keagamaan").fill("500");
  await kesra.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(kesra.getByText("Laporan kemajuan tersimpan.")).toBeVisible();
  await kesra.getByLabel("Ubah status menjadi").selectOption({ label: "Selesai" });
  await kesra.getByRole("button", { name: "Simpan status" }).click();
  await expect(kesra.getByText("Status tersimpan.")).toBeVisible();

  // BPJS verifies: the figures now count.
  await bpjs.goto(actionUrl);
  await bpjs.getByRole("button", { name: "Verifikasi" }).click();
  await expect(bpjs.getByRole("button", { name: "Verifikasi" })).toHaveCount(0);
  await expect(bpjs.getByText("Terverifikasi", { exact: true }).first()).toBeVisible();
  await expect(bpjs.getByRole("list", { name: "Kontribusi ke sasaran sektor" })).toContainText("500");
  await expect(bpjs.getByRole("list", { name: "Riwayat" })).toContainText("Diverifikasi");
  await kesra.screenshot({ path: test.info().outputPath("agency-phone.png"), fullPage: true });

  // Another agency's head cannot open it, nor its evidence, by URL.
  const bkad = await newSession();
  await loginAs(bkad, "bkad@sinjai.demo");
  await bkad.goto(actionUrl);
  await expectNotFound(bkad);
  const evidenceHref = await kesra.goto(actionUrl).then(() =>
    kesra
      .getByRole("link", { name: /daftar-guru\.pdf/ })
      .first()
      .getAttribute("href"),
  );
  expect((await bkad.request.get(evidenceHref!)).status()).toBe(404);
  expect((await kesra.request.get(evidenceHref!)).headers()["content-disposition"]).toContain("attachment");
  await phone.close();
  expect(actionId).toMatch(/^\d+$/);
});
