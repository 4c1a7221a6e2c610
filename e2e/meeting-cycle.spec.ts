import { pdfText } from "../tests/support/pdf-text";
import { expect, loginAs, test, uniqueSuffix } from "./fixtures";
import { card, expectNotFound } from "./support/pages";

test("the secretariat runs a whole meeting: schedule, invite, attendance, minutes, commitment, action, finalize, export", async ({
  asSecretariat: page,
  newSession,
}) => {
  test.slow();
  const title = `Monev UC ${uniqueSuffix()}`;
  page.on("dialog", (dialog) => dialog.accept());

  // Schedule: a wrong end time is refused next to the field and nothing typed is lost.
  await page.goto("/meetings/new");
  await page.getByLabel("Judul rapat").fill(title);
  await page.getByLabel("Jenis rapat").selectOption({ label: "Monitoring dan evaluasi" });
  await page.getByLabel("Tanggal").fill("2025-07-16");
  await page.getByLabel("Jam mulai").fill("10:00");
  await page.getByLabel("Jam selesai").fill("09:30");
  await page.getByLabel("Tempat", { exact: true }).fill("Ruang Rapat Bupati");
  await page.getByLabel("Pimpinan rapat").fill("Andi Jefrianto Asapa");
  await page.getByLabel("Rangkaian", { exact: true }).selectOption({ label: "Rakor Percepatan Universal Coverage Jamsostek" });
  await page.getByLabel("Agenda ke-1").fill("Capaian Juni");
  await page.getByRole("button", { name: "+ Tambah agenda" }).click();
  await page.getByLabel("Agenda ke-2").fill("Pendataan guru mengaji");
  await page.getByRole("button", { name: "Simpan rapat" }).click();
  await expect(page.getByText("Jam selesai harus setelah jam mulai.")).toBeVisible();
  await expect(page.getByLabel("Judul rapat")).toHaveValue(title);
  await page.getByLabel("Jam selesai").fill("12:00");
  await page.getByRole("button", { name: "Simpan rapat" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const meetingUrl = page.url();
  const meetingId = meetingUrl.split("/").pop()!;
  // The series has open actions from June: the review item lists them first.
  await expect(page.getByRole("heading", { name: "1. Tinjauan tindak lanjut rapat sebelumnya" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Tindak lanjut terbuka dari rapat sebelumnya" })).toContainText("Pendataan pekerja keagamaan dari seluruh desa");

  // Invite two heads and a walk-in guest; take attendance.
  await page.getByRole("link", { name: "Daftar hadir", exact: true }).click();
  const invite = card(page, "Undang pengguna");
  await invite.getByLabel(/Hj\. Kamriah Yusuf/).check();
  await invite.getByLabel(/Andi Nurisma/).check();
  await invite.getByRole("button", { name: "Undang" }).click();
  await expect(page.getByText("Undangan tersimpan.")).toBeVisible();
  const guest = card(page, "Tamu dan peserta tanpa undangan");
  await guest.getByLabel("Nama").fill("Camat Sinjai Utara");
  await guest.getByLabel("Instansi").fill("Kecamatan Sinjai Utara");
  await guest.getByLabel(/Datang tanpa undangan/).check();
  await guest.getByRole("button", { name: "Tambah peserta" }).click();
  await expect(page.getByText("Peserta ditambahkan.")).toBeVisible();
  // The same guest twice is refused.
  await guest.getByLabel("Nama").fill("camat sinjai utara");
  await guest.getByLabel("Instansi").fill("kecamatan sinjai utara");
  await guest.getByRole("button", { name: "Tambah peserta" }).click();
  await expect(guest.getByRole("alert", { name: "Periksa isian" })).toContainText("Orang ini sudah ada di daftar hadir.");
  await expect(guest.getByLabel("Nama")).toHaveAccessibleDescription("Orang ini sudah ada di daftar hadir.");

  const kesra = page.getByRole("form", { name: "Kehadiran Hj. Kamriah Yusuf" });
  await kesra.getByLabel("Kehadiran").selectOption("present");
  await kesra.getByLabel("Jam datang").fill("09:55");
  await kesra.getByRole("button", { name: "Simpan" }).click();
  await expect(kesra.getByRole("status", { name: "Tersimpan" })).toBeVisible();
  const bpjs = page.getByRole("form", { name: "Kehadiran Andi Nurisma" });
  await bpjs.getByLabel("Kehadiran").selectOption("represented");
  await bpjs.getByLabel("Nama wakil").fill("Kabid Kepesertaan");
  await bpjs.getByRole("button", { name: "Simpan" }).click();
  await expect(bpjs.getByRole("status", { name: "Tersimpan" })).toBeVisible();

  // Minutes, a statement, a commitment, and an action made from it.
  await page.goto(`${meetingUrl}/minutes`);
  await page.getByLabel("2. Capaian Juni").fill("Realisasi Juni dipaparkan oleh BPJS.");
  await page.getByRole("button", { name: "Simpan notulen" }).click();
  await expect(page.getByText("Notulen tersimpan.")).toBeVisible();
  await page.getByLabel("Pembicara", { exact: true }).selectOption({ label: "Hj. Kamriah Yusuf · Bagian Kesra" });
  await page.getByLabel("Isi pernyataan").fill("Data guru mengaji dari 80 desa sudah masuk.");
  await page.getByRole("button", { name: "Tambah pernyataan" }).click();
  await expect(page.getByText("Pernyataan ditambahkan.")).toBeVisible();
  await page.getByLabel("OPD yang berkomitmen").selectOption({ label: "Bagian Kesejahteraan Rakyat Setda" });
  await page.getByLabel("Isi komitmen").fill("Mendaftarkan 500 guru mengaji pada September");
  await page.getByLabel("Angka").fill("500");
  await page.getByLabel("Satuan").fill("peserta");
  await page.getByRole("button", { name: "Tambah kesepakatan" }).click();
  await expect(page.getByText("Kesepakatan ditambahkan.")).toBeVisible();
  await page.locator("summary").filter({ hasText: "Buat tindak lanjut" }).click();
  const fromCommitment = page.getByRole("form", { name: /Buat tindak lanjut dari kesepakatan/ });
  await fromCommitment.getByLabel("Tenggat").fill("2025-09-30");
  await fromCommitment.getByRole("button", { name: "Buat tindak lanjut" }).click();
  await expect(page.getByText("1 tindak lanjut dibuat.")).toBeVisible();

  // Finalize: the meeting becomes read-only.
  await page.goto(meetingUrl);
  await page.getByRole("button", { name: "Finalkan notulen" }).click();
  await expect(page.getByText("Notulen final", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ubah rapat" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Ralat notulen" })).toBeVisible();
  await expect(card(page, "Rencana tindak lanjut")).toContainText("Mendaftarkan 500 guru mengaji pada September");
  await expect(page.getByText("“Data guru mengaji dari 80 desa sudah masuk.”")).toBeVisible();

  // The official minutes as PDF, and the calendar invitation.
  const pdf = await page.request.get(`/api/meetings/${meetingId}/minutes.pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const flat = await pdfText(new Uint8Array(await pdf.body()));
  for (const expected of [
    "NOTULEN RAPAT",
    title,
    "Rabu, 16 Juli 2025",
    "10.00 s.d. 12.00 WITA",
    "Hj. Kamriah Yusuf",
    "Camat Sinjai Utara",
    "Diwakili Kabid Kepesertaan",
    "Mendaftarkan 500 guru mengaji",
    "Rencana Tindak Lanjut",
    "Pimpinan Rapat",
  ]) {
    expect(flat).toContain(expected);
  }
  const ics = await (await page.request.get(`/api/meetings/${meetingId}/invitation.ics`)).text();
  expect(ics).toContain(`SUMMARY:${title}`);
  expect(ics).toContain("DTSTART:20250716T020000Z");
  await page.screenshot({ path: test.info().outputPath("final-meeting.png"), fullPage: true });

  // An invited agency head confirms the minutes; another agency's head cannot open the meeting.
  const kesraPage = await newSession();
  await loginAs(kesraPage, "kesra@sinjai.demo");
  await kesraPage.goto(meetingUrl);
  await kesraPage.getByRole("button", { name: "Setujui notulen" }).click();
  await expect(kesraPage.getByText("Terima kasih, persetujuan Anda tercatat.")).toBeVisible();
  await expect(card(kesraPage, "Konfirmasi notulen").getByRole("listitem").filter({ hasText: "Hj. Kamriah Yusuf" })).toContainText("Setuju");

  const bappeda = await newSession();
  await loginAs(bappeda, "bappeda@sinjai.demo");
  await bappeda.goto(meetingUrl);
  await expectNotFound(bappeda);
  expect((await bappeda.request.get(`/api/meetings/${meetingId}/minutes.pdf`)).status()).toBe(404);
});

test("an agency head sees only the meetings their agency was invited to, and cannot change them", async ({ asAgencyHead: page }) => {
  await page.goto("/meetings");
  await expect(page.getByRole("link", { name: /Rapat Percepatan Universal Coverage/ })).toBeVisible();
  await page.getByRole("link", { name: /Rapat Percepatan Universal Coverage/ }).click();
  await expect(page.getByRole("link", { name: "Tulis notulen" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Ralat notulen" })).toHaveCount(0);
  const id = page.url().split("/").pop();
  await page.goto(`/meetings/${id}/minutes`);
  await expectNotFound(page);
  await page.goto("/meetings/new");
  await expectNotFound(page);
});
