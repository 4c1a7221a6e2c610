import type { Page } from "@playwright/test";
import { expect, test, uniqueSuffix } from "./fixtures";
import { LoginPage } from "./support/pages";

/**
 * Above the regencies: the demo region (Provinsi Sulawesi Selatan, ilustrasi) at /r/sulsel/. A
 * province viewer sees both demo regencies ranked and opens one read-only; a platform admin adds
 * a regency, whose first admin then signs in at its own prefix.
 */

async function loginAt(page: Page, slug: string, email: string, password?: string): Promise<void> {
  await page.goto(`/r/${slug}/login`);
  const login = new LoginPage(page);
  await expect(login.heading).toBeVisible();
  await login.login(email, password);
  await expect(page).not.toHaveURL(/\/login/);
}

test("a province viewer sees the regencies ranked and opens one read-only", async ({ page }) => {
  await loginAt(page, "sulsel", "provinsi@sulsel.demo");
  await expect(page).toHaveURL(/\/rollup$/);
  await expect(page.getByRole("heading", { name: "Rekap kabupaten/kota" })).toBeVisible();
  const table = page.getByRole("table", { name: "Peringkat kabupaten/kota menurut capaian terhadap target" });
  const rows = table.getByRole("row");
  // A header and the two demo regencies, each with its coverage in Indonesian format.
  await expect(rows).toHaveCount(3);
  await expect(table.getByRole("link", { name: "Buka dasbor Kabupaten Sinjai" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Buka dasbor Kabupaten Contoh" })).toBeVisible();
  await expect(table).toContainText(/\d+,\d %/);
  await page.screenshot({ path: "test-results/rollup-desktop.png", fullPage: true });

  await table.getByRole("link", { name: "Buka dasbor Kabupaten Sinjai" }).click();
  await expect(page).toHaveURL(/\/rollup\/sinjai$/);
  await expect(page.getByRole("heading", { name: /Kabupaten Sinjai: dasbor 2025/ })).toBeVisible();
  await expect(page.getByText(/Hanya baca: Anda melihat dasbor kabupaten ini sebagai Pemantau Provinsi/)).toBeVisible();
  await expect(page.getByTestId("coverage-now")).toContainText(/\d+,\d %/);
  // Read-only: no link into the regency's actions, sectors or target management.
  await expect(page.locator('main a[href^="/actions"], main a[href^="/sectors"], main a[href^="/targets"]')).toHaveCount(0);
  await page.screenshot({ path: "test-results/drill-down-desktop.png", fullPage: true });
  // Signed out, the login page stays put when the journey's pages are revisited for the accessibility audit.
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(new LoginPage(page).heading).toBeVisible();
});

test("the roll-up and the drill-down on a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await loginAt(page, "sulsel", "bpjs.wilayah@sulsel.demo");
  const list = page.getByRole("list", { name: "Peringkat kabupaten/kota menurut capaian terhadap target" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await page.screenshot({ path: "test-results/rollup-phone.png", fullPage: true });
  await list.getByRole("link", { name: "Buka dasbor Kabupaten Contoh" }).click();
  await expect(page.getByRole("heading", { name: /Kabupaten Contoh: dasbor/ })).toBeVisible();
  await page.screenshot({ path: "test-results/drill-down-phone.png", fullPage: true });
  await context.close();
});

test("a platform admin creates a regency, and its admin signs in at its prefix", async ({ page }) => {
  const slug = `uji-${uniqueSuffix()}`.slice(0, 30);
  await loginAt(page, "sulsel", "platform@kawal.demo");
  await page.getByRole("link", { name: "Platform" }).first().click();
  await expect(page.getByRole("heading", { name: "Kabupaten/kota baru" })).toBeVisible();
  await page.getByLabel("Nama", { exact: true }).fill(`Kabupaten Uji ${slug}`);
  await page.getByLabel("Kode alamat").fill(slug);
  await page.getByLabel("Nama admin pertama").fill("Admin Uji");
  await page.getByLabel("Email admin").fill(`admin@${slug}.test`);
  await page.getByLabel("Kata sandi awal admin").fill("laut-biru-uji-2025");
  await page.getByRole("button", { name: "Buat kabupaten/kota" }).click();
  await expect(page.getByText(`Kabupaten Uji ${slug} dibuat.`)).toBeVisible();
  await expect(page.getByRole("table", { name: "Kabupaten/kota" })).toContainText(`/r/${slug}/`);

  await page.context().clearCookies();
  await loginAt(page, slug, `admin@${slug}.test`, "laut-biru-uji-2025");
  // A regency admin must set up a second factor first: the one page it may open.
  await expect(page).toHaveURL(/\/account\/two-factor/);
  await expect(page.getByRole("heading", { name: "Aktifkan login dua langkah" })).toBeVisible();
  await expect(page.getByText("Admin Uji")).toBeVisible();
});
