import { expect, loginAs, test } from "./fixtures";

/**
 * The pages show what the authorization policy decided (lib/policy): an agency head reads only
 * the follow-up actions they may open, and a supporting agency reports progress on an action
 * without moving its status.
 */
const DEMO_MEETING = "Rapat Percepatan Universal Coverage BPJS Ketenagakerjaan";

test("an agency head sees on the meeting page only their agency's follow-up actions, each one a link", async ({ asAgencyHead: page }, testInfo) => {
  await page.goto("/meetings");
  await page
    .getByRole("link", { name: new RegExp(DEMO_MEETING) })
    .first()
    .click();
  const rows = page
    .getByRole("region", { name: "Rencana tindak lanjut" })
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });
  // Other journeys may add Kesra's actions meanwhile: every row is Kesra's, and other agencies' are absent.
  await expect(rows.filter({ hasText: "Pendataan pekerja keagamaan dari seluruh desa" })).toHaveCount(1);
  await expect(page.getByText("Alokasi iuran pekerja rentan dalam APBD Perubahan 2025")).toHaveCount(0);
  for (const row of await rows.all()) {
    await expect(row.getByRole("cell").nth(1)).toHaveText("Bagian Kesra");
    await expect(row.getByRole("link")).toBeVisible();
  }
  await page.screenshot({ path: testInfo.outputPath("meeting-agency-head-desktop.png"), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: testInfo.outputPath("meeting-agency-head-phone.png"), fullPage: true });
});

test("a supporting agency reports progress on an action but does not move its status", async ({ page }, testInfo) => {
  await loginAs(page, "bkad@sinjai.demo");
  await page.goto("/actions");
  await page.getByRole("link", { name: "Pendataan pekerja rentan per desa" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pendataan pekerja rentan per desa" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Laporkan kemajuan" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Status baru" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /ubah rencana/i })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("action-supporter-desktop.png"), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: testInfo.outputPath("action-supporter-phone.png"), fullPage: true });
});
