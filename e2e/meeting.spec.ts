import { expect, test } from "./fixtures";
import { attendee, card, DEMO_MEETING, expectNotFound, meetingList } from "./support/pages";

test("the secretariat opens the demo meeting and reads its record", async ({ asSecretariat: page }) => {
  await page.goto("/");
  const listed = meetingList(page).getByRole("link", { name: new RegExp(DEMO_MEETING) });
  // The list shows when the meeting was held, in WITA.
  await expect(listed).toContainText("Rabu, 11 Juni 2025, 09.00 WITA");
  await listed.click();

  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: DEMO_MEETING })).toBeVisible();
  await expect(page.getByText("Notulen final")).toBeVisible();

  // Seeded as 09:00-11:30 +08:00; whatever the server's zone, the page shows it in WITA.
  await expect(page.getByText("Rabu, 11 Juni 2025", { exact: true })).toBeVisible();
  await expect(page.getByText("09.00–11.30 WITA", { exact: true })).toBeVisible();
  await expect(page.getByText("Ruang Sekda, Kantor Bupati Sinjai")).toBeVisible();
  await expect(page.getByText("Semua waktu dalam WITA (Asia/Makassar).")).toBeVisible();

  // The attendance card groups people by office.
  const present = [
    ["BPJS TK Sinjai", "Andi Nurisma"],
    ["Bagian Kesra", "Hj. Kamriah Yusuf"],
    ["BKAD", "Andi Ilham Abubakar"],
    ["Setda", "Nurhayati"],
  ] as const;
  for (const [office, name] of present) {
    await expect(attendee(page, office, name)).toContainText("Hadir");
  }
  await expect(attendee(page, "BPJS TK Sinjai", "Andi Nurisma")).toContainText("Kepala BPJS Ketenagakerjaan Cabang Sinjai");
  await expect(attendee(page, "BPJS TK Sinjai", "Andi Nurisma")).toContainText("08.50 WITA");
  await expect(attendee(page, "Setda", "Andi Jefrianto Asapa")).toContainText("(pimpinan)");
  await expect(card(page, "Daftar hadir")).toContainText("8 dari 8 hadir");

  await expect(page.getByRole("heading", { level: 2, name: "Notulen", exact: true })).toBeVisible();
  await expect(page.getByText(/Kami optimis bisa melebihi 40 persen/)).toBeVisible();

  const commitments = page.getByRole("list", { name: "Kesepakatan dan komitmen" });
  await expect(commitments.getByRole("listitem")).toHaveCount(4);
  await expect(commitments.getByText("Menghimpun data imam, pegawai syara dan guru mengaji dari seluruh desa untuk didaftarkan.")).toBeVisible();
  await expect(commitments.getByRole("listitem").nth(1)).toContainText("1.750 peserta");
  await expect(commitments.getByRole("listitem").nth(1)).toContainText("tenggat 30 September 2025");

  const followUp = card(page, "Rencana tindak lanjut").getByRole("table");
  await expect(followUp.getByRole("cell", { name: "Pendataan pekerja keagamaan dari seluruh desa" })).toBeVisible();
});

test("an agency head reads the same meeting from their home page", async ({ asAgencyHead: page }) => {
  await page.goto("/");
  await meetingList(page)
    .getByRole("link", { name: new RegExp(DEMO_MEETING) })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_MEETING })).toBeVisible();
  await expect(attendee(page, "Bagian Kesra", "Hj. Kamriah Yusuf")).toContainText("Kepala Bagian Kesra");
});

test("a meeting that does not exist shows the not-found page", async ({ asSecretariat: page }) => {
  for (const path of ["/meetings/999999", "/meetings/abc", "/meetings/0", "/meetings/-1"]) {
    await page.goto(path);
    await expectNotFound(page);
    await expect(page.getByRole("heading", { name: DEMO_MEETING })).toHaveCount(0);
  }
  await page.getByRole("link", { name: "Kembali ke beranda" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapat koordinasi" })).toBeVisible();
});
