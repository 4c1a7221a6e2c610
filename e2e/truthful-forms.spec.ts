import type { Page } from "@playwright/test";
import { expect, loginAs, test, uniqueSuffix } from "./fixtures";
import { card } from "./support/pages";

/** Plans a bare action owned by Bagian Kesra through the form; returns its address. */
async function planAction(page: Page, title: string): Promise<string> {
  await page.goto("/actions/new");
  await page.getByLabel("Judul").fill(title);
  await page.getByLabel("OPD penanggung jawab").selectOption({ label: "Bagian Kesejahteraan Rakyat Setda" });
  await page.getByLabel("Tenggat", { exact: true }).fill("2030-10-31");
  await page.getByLabel("Langkah 1", { exact: true }).fill("Kumpulkan data");
  await page.getByRole("button", { name: "Simpan tindak lanjut" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

const formError = (page: Page) => page.getByRole("alert", { name: "Periksa isian" });

test("a stale save says why, offers the latest version and keeps what was typed", async ({ asSecretariat: page, newSession }) => {
  const title = `Sosialisasi takmir ${uniqueSuffix()}`;
  const actionPath = await planAction(page, title);
  await page.goto(`${actionPath}/edit`);
  await page.getByLabel("Uraian").fill("Uraian yang saya ketik sendiri");

  // Someone else saves the same plan first.
  const other = await newSession();
  await loginAs(other, "sekretariat@sinjai.demo");
  await other.goto(`${actionPath}/edit`);
  await other.getByLabel("Judul").fill(`${title} (diubah)`);
  await other.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(other.getByRole("status", { name: "Tersimpan" })).toContainText("Rencana tersimpan.");

  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(formError(page)).toContainText("Tindak lanjut ini baru saja diubah orang lain, jadi simpanan Anda belum diterapkan.");
  await expect(page.getByText("Periksa isian yang ditandai.")).toHaveCount(0);
  await expect(page.getByLabel("Uraian")).toHaveValue("Uraian yang saya ketik sendiri");

  await page.getByRole("button", { name: "Muat versi terbaru (isian Anda tetap)" }).click();
  await expect(page.getByRole("status", { name: "Versi terbaru dimuat" })).toBeVisible();
  await expect(page.getByLabel("Uraian")).toHaveValue("Uraian yang saya ketik sendiri");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByRole("status", { name: "Tersimpan" })).toContainText("Rencana tersimpan.");
});

test("a regional target saved over someone else's newer one is refused as stale, then saved on the latest", async ({ asSecretariat: page, newSession }) => {
  const note = `Catatan saya ${uniqueSuffix()}`;
  const regional = page.locator("form").filter({ has: page.getByRole("button", { name: "Simpan target" }) });
  await page.goto("/targets");
  await regional.getByLabel("Catatan").fill(note);

  const other = await newSession();
  await loginAs(other, "sekretariat@sinjai.demo");
  await other.goto("/targets");
  const theirs = other.locator("form").filter({ has: other.getByRole("button", { name: "Simpan target" }) });
  await theirs.getByLabel("Catatan").fill(`Catatan mereka ${uniqueSuffix()}`);
  await theirs.getByRole("button", { name: "Simpan target" }).click();
  await expect(theirs.getByRole("status", { name: "Tersimpan" })).toBeVisible();

  await regional.getByRole("button", { name: "Simpan target" }).click();
  await expect(formError(page)).toContainText("Target ini baru saja diubah orang lain, jadi isian Anda belum disimpan.");
  await expect(regional.getByLabel("Catatan")).toHaveValue(note);
  await page.getByRole("button", { name: "Muat versi terbaru (isian Anda tetap)" }).click();
  await expect(page.getByRole("status", { name: "Versi terbaru dimuat" })).toBeVisible();
  await regional.getByRole("button", { name: "Simpan target" }).click();
  await expect(regional.getByRole("status", { name: "Tersimpan" })).toBeVisible();
});

test("the status form proposes no move, inline forms confirm, an empty evidence file is refused", async ({ asSecretariat: page, newSession }) => {
  const title = `Pendataan marbot ${uniqueSuffix()}`;
  const actionPath = await planAction(page, title);
  const kesra = await newSession();
  await loginAs(kesra, "kesra@sinjai.demo");
  await kesra.goto(actionPath);

  const statusSelect = kesra.getByLabel("Ubah status menjadi");
  await expect(statusSelect.locator("option:checked")).toHaveText("— Pilih status baru —");
  await statusSelect.selectOption({ label: "Berjalan" });
  await kesra.getByRole("button", { name: "Simpan status" }).click();
  await expect(kesra.getByText("Status tersimpan.")).toBeVisible();
  await expect(kesra.getByText("Status sekarang: Berjalan.")).toBeVisible();
  // Saving without a choice changes nothing and says so.
  await expect(statusSelect.locator("option:checked")).toHaveText("— Pilih status baru —");
  await kesra.getByRole("button", { name: "Simpan status" }).click();
  await expect(kesra.getByText("Pilih status baru; status belum diubah.").first()).toBeVisible();
  await kesra.reload();
  await expect(kesra.getByText("Status sekarang: Berjalan.")).toBeVisible();

  await kesra.getByRole("button", { name: "Tandai selesai: Kumpulkan data" }).click();
  await expect(kesra.getByRole("status", { name: "Langkah tersimpan" })).toBeVisible();

  await kesra.getByLabel("Komentar").fill("Data dari tiga desa sudah masuk.");
  await kesra.getByRole("button", { name: "Kirim komentar" }).click();
  await expect(kesra.getByText("Komentar terkirim.")).toBeVisible();

  await kesra.getByLabel("Apa yang sudah dikerjakan?").fill("Daftar marbot terlampir.");
  await kesra.getByLabel("Bukti (foto, PDF, spreadsheet)").setInputFiles({ name: "kosong.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
  await kesra.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(formError(kesra)).toContainText("Berkas kosong.pdf kosong.");
  await expect(kesra.getByLabel("Apa yang sudah dikerjakan?")).toHaveValue("Daftar marbot terlampir.");
  await expect(kesra.getByRole("link", { name: /kosong\.pdf/ })).toHaveCount(0);
});

test("a meeting link must be a web address; the agency filter means attended; the invitation names who is invited", async ({ asSecretariat: page }) => {
  const title = `Rakor daring ${uniqueSuffix()}`;
  await page.goto("/meetings/new");
  await page.getByLabel("Judul rapat").fill(title);
  await page.getByLabel("Tanggal").fill("2030-07-16");
  await page.getByLabel("Jam mulai").fill("10:00");
  await page.getByLabel("Pimpinan rapat").fill("Andi Jefrianto Asapa");
  await page.getByLabel("Tautan rapat daring").fill("javascript:alert(document.cookie)");
  await page.getByRole("button", { name: "Simpan rapat" }).click();
  await expect(page.getByLabel("Tautan rapat daring")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Isi tautan lengkap, mis. https://…").first()).toBeVisible();
  await expect(page).toHaveURL(/\/meetings\/new$/);
  await page.getByLabel("Tautan rapat daring").fill("https://zoom.us/j/123456");
  await page.getByRole("button", { name: "Simpan rapat" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const meetingPath = new URL(page.url()).pathname;

  // Bagian Kesra is invited, then marked absent: it did not attend.
  await page.goto(`${meetingPath}/attendance`);
  await card(page, "Undang pengguna")
    .getByLabel(/Hj\. Kamriah Yusuf/)
    .check();
  await page.getByRole("button", { name: "Undang" }).click();
  await expect(page.getByText("Undangan tersimpan.")).toBeVisible();
  const kesra = page.getByRole("form", { name: "Kehadiran Hj. Kamriah Yusuf" });
  await kesra.getByLabel("Kehadiran").selectOption("absent");
  await kesra.getByRole("button", { name: "Simpan" }).click();
  await expect(kesra.getByRole("status", { name: "Tersimpan" })).toBeVisible();

  await page.goto("/meetings");
  const kesraId = await page.locator("#agency option", { hasText: "Kesra" }).first().getAttribute("value");
  await page.goto(`/meetings?q=${encodeURIComponent(title)}&agency=${kesraId}`);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await page.goto(`/meetings?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  // The calendar file lists the invited person as attendee and the chair's link stays a web link.
  const ics = (await (await page.request.get(`/api${meetingPath}/invitation.ics`)).text()).replace(/\r?\n[ \t]/g, "");
  expect(ics).toMatch(/^ATTENDEE;.*CN="?Hj\. Kamriah Yusuf"?:mailto:kesra@sinjai\.demo$/m);
  expect(ics).toContain("URL:https://zoom.us/j/123456");
});
